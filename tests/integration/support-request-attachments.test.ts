// Attachments of a facility's support request (issue 13, "online application … attachments") on a
// real database, through the same upload route and file store as every document: a quotation and a
// HEIC photo (kept, shown as JPEG), the limit answered with 413, the content type judged from the
// bytes; downloads only for the facility itself, its xã and the province staff once the request is
// sent; another facility of the province 403, anyone further 404; nothing deleted when withdrawn.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

const session = vi.hoisted(() => ({ actor: null as unknown }));
vi.mock('@/lib/server/auth', () => ({ findActor: async () => session.actor }));

import { GET } from '@/app/api/tai-lieu/[id]/route';
import { POST } from '@/app/api/tai-lieu/route';
import { SUPPORT_REQUEST_MAX_ATTACHMENTS } from '@/lib/domain/documents';
import type { Actor } from '@/lib/domain/roles';
import { supportRequestAttachmentSchema } from '@/lib/schemas/beneficiary';
import { db } from '@/lib/server/db';
import { getDocumentForDownload } from '@/lib/server/documents/get-document-for-download';
import { fileStore } from '@/lib/server/file-store';
import { attachSupportRequestDocument } from '@/lib/server/support-requests/attach-support-request-document';
import { detachSupportRequestDocument } from '@/lib/server/support-requests/detach-support-request-document';
import { getSupportRequestPage } from '@/lib/server/support-requests/get-support-request-page';
import { saveSupportRequest } from '@/lib/server/support-requests/save-support-request';
import { sendSupportRequest } from '@/lib/server/support-requests/send-support-request';
import { codeOf, createPlanWorld, errorOf, type PlanWorld } from '../factories/plan';
import { createActor, freshWorld } from '../factories/world';

let w: PlanWorld;
let beneficiaryB: Actor;

beforeAll(async () => {
  w = await freshWorld(createPlanWorld);
  beneficiaryB = await createActor('BENEFICIARY', { provinceId: w.hp.province.id, facilityId: w.facilityB.id });
});

const HEIC = readFileSync(path.join(import.meta.dirname, '../fixtures/may-da-lap.heic'));
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);

async function draftOf(actor: Actor, title = 'Hỗ trợ máy dệt chiếu tự động'): Promise<number> {
  const saved = await saveSupportRequest(actor, {
    requestId: null,
    title,
    contentCategoryId: w.programme.categoryId,
    equipment: 'Máy dệt chiếu cói tự động',
    description: null,
    totalCostVnd: 400_000_000n,
    counterpartVnd: 280_000_000n,
  });
  return saved.id;
}

function form(requestId: number, kind: string, name: string, bytes: Buffer) {
  const f = new FormData();
  f.set('supportRequestId', String(requestId));
  f.set('kind', kind);
  f.set('file', new File([new Uint8Array(bytes)], name));
  return f;
}

const attach = (actor: Actor, requestId: number, kind: string, name: string, bytes = pdf(name)) =>
  attachSupportRequestDocument(actor, supportRequestAttachmentSchema.parse(form(requestId, kind, name, bytes)));

async function post(actor: Actor, body: FormData, headers: Record<string, string> = {}) {
  session.actor = actor;
  return POST(new Request('http://localhost/api/tai-lieu', { method: 'POST', body, headers }), { params: Promise.resolve({}) });
}

async function download(actor: Actor, id: number, query = '') {
  session.actor = actor;
  return GET(new Request(`http://localhost/api/tai-lieu/${id}${query}`), { params: Promise.resolve({ id: String(id) }) });
}

describe('attachments of a support request', () => {
  it('are uploaded by the facility through the upload route (a HEIC photo kept and shown as JPEG), listed with who and when, and reach its xã and the province staff once sent', async () => {
    const { beneficiaryA, xaA, ttkc, sct } = w.actors;
    const requestId = await draftOf(beneficiaryA);

    const quotation = await post(beneficiaryA, form(requestId, 'BAO_GIA', 'bao-gia-may-det.pdf', pdf('bao gia')));
    expect(quotation.status).toBe(201);
    const quotationId = ((await quotation.json()) as { id: number }).id;
    const photo = await post(beneficiaryA, form(requestId, 'ANH_HIEN_TRANG', 'IMG_0007.HEIC', HEIC));
    expect(photo.status).toBe(201);
    const photoId = ((await photo.json()) as { id: number }).id;

    const stored = await db.document.findUniqueOrThrow({ where: { id: photoId } });
    expect(stored).toMatchObject({ supportRequestId: requestId, projectId: null, kind: 'ANH_HIEN_TRANG', mimeType: 'image/heic', fileName: 'IMG_0007.HEIC', uploadedById: beneficiaryA.id, review: 'UPLOADED' });
    expect(stored.storageKey).toMatch(/^\d{4}\/[0-9a-f-]{36}\.heic$/);
    expect(stored.previewKey).toMatch(/^\d{4}\/[0-9a-f-]{36}\.preview\.jpg$/);
    // The store lists the files with who uploaded them.
    const listed = await fileStore().list();
    expect(listed.filter((o) => [stored.storageKey, stored.previewKey].includes(o.key)).map((o) => o.uploadedById)).toEqual([beneficiaryA.id, beneficiaryA.id]);
    const audit = await db.auditEvent.findMany({ where: { entityType: 'SupportRequest', entityId: requestId, event: 'attachDocument' }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => (a.data as { fileName: string }).fileName)).toEqual(['bao-gia-may-det.pdf', 'IMG_0007.HEIC']);

    const own = await getSupportRequestPage(beneficiaryA, requestId);
    expect(own.mayAttach).toBe(true);
    expect(own.attachments.map((d) => [d.fileName, d.kind, d.uploadedBy.fullName])).toEqual([
      ['bao-gia-may-det.pdf', 'BAO_GIA', beneficiaryA.fullName],
      ['IMG_0007.HEIC', 'ANH_HIEN_TRANG', beneficiaryA.fullName],
    ]);
    expect((await download(beneficiaryA, quotationId)).status).toBe(200);
    // A draft is the facility's own: its xã does not see the request, nor its files.
    expect((await download(xaA, quotationId)).status).toBe(404);

    await sendSupportRequest(beneficiaryA, requestId);
    for (const staff of [xaA, ttkc, sct]) {
      const file = await download(staff, quotationId);
      expect(file.status).toBe(200);
      expect(await file.text()).toContain('bao gia');
      const view = await download(staff, photoId, '?xem=1');
      expect(view.headers.get('content-type')).toBe('image/jpeg');
      expect(Buffer.from(await view.arrayBuffer()).subarray(0, 3).toString('hex')).toBe('ffd8ff');
    }
    const seenByXa = await getSupportRequestPage(xaA, requestId);
    expect(seenByXa.attachments.map((d) => d.fileName)).toEqual(['bao-gia-may-det.pdf', 'IMG_0007.HEIC']);
    expect(seenByXa.mayAttach).toBe(false);
  });

  it('are refused to another facility of the province (403) and to anyone outside the request’s xã or province (404)', async () => {
    const { beneficiaryA, kbnn, ministry, ldTtkc } = w.actors;
    const requestId = await draftOf(beneficiaryA, 'Hỗ trợ máy se sợi');
    const { id } = await attach(beneficiaryA, requestId, 'BAO_GIA', 'bao-gia.pdf');
    await sendSupportRequest(beneficiaryA, requestId);

    expect(await codeOf(getDocumentForDownload(beneficiaryB, id))).toBe('FORBIDDEN');
    expect((await download(beneficiaryB, id)).status).toBe(403);
    for (const outsider of [w.xaBActor, kbnn, ministry, ldTtkc]) {
      expect((await download(outsider, id)).status, outsider.role).toBe(404);
    }
    // The denial of the guessing facility is audited.
    expect(await db.auditEvent.count({ where: { actorId: beneficiaryB.id, event: 'denied' } })).toBeGreaterThan(0);
  });

  it('follow the upload rules: the limit (413 before and after reading), the type from the content, the kinds, the draft, the facility’s own request', async () => {
    const { beneficiaryA, xaA } = w.actors;
    const requestId = await draftOf(beneficiaryA, 'Hỗ trợ máy ép dầu');
    const big = await post(beneficiaryA, form(requestId, 'BAO_GIA', 'bao-gia-25mb.pdf', Buffer.concat([pdf('lon'), Buffer.alloc(25 * 1024 * 1024)])));
    expect(big.status).toBe(413);
    expect(await big.text()).toContain('tối đa 20 MB');
    const announced = await post(beneficiaryA, form(requestId, 'BAO_GIA', 'x.pdf', pdf('x')), { 'content-length': String(25 * 1024 * 1024) });
    expect(announced.status).toBe(413);

    const renamed = await post(beneficiaryA, form(requestId, 'BAO_GIA', 'bao-gia.pdf', Buffer.from('MZ\x90\x00 chương trình')));
    expect(renamed.status).toBe(400);
    expect(await renamed.text()).toContain('không đúng định dạng');
    const wrongKind = await errorOf(attach(beneficiaryA, requestId, 'HOA_DON', 'hoa-don.pdf'));
    expect(wrongKind).toMatchObject({ code: 'VALIDATION', fieldErrors: { kind: 'Chọn loại tệp đính kèm' } });
    expect(wrongKind.message).toContain('Báo giá máy móc, thiết bị, dịch vụ');

    // Only the facility attaches, only to its own request.
    expect(await codeOf(attach(beneficiaryB, requestId, 'BAO_GIA', 'khac.pdf'))).toBe('NOT_FOUND');
    expect(await codeOf(attach(xaA, requestId, 'BAO_GIA', 'xa.pdf'))).toBe('FORBIDDEN');
    expect(await db.document.count({ where: { supportRequestId: requestId } })).toBe(0);

    for (let i = 0; i < SUPPORT_REQUEST_MAX_ATTACHMENTS; i++) await attach(beneficiaryA, requestId, 'KHAC', `giay-to-${i}.pdf`);
    const tooMany = await errorOf(attach(beneficiaryA, requestId, 'KHAC', 'them.pdf'));
    expect(tooMany).toMatchObject({ code: 'LIMIT_EXCEEDED' });
    expect(tooMany.message).toContain(`tối đa ${SUPPORT_REQUEST_MAX_ATTACHMENTS} tệp`);

    // Once sent, the request and its files are what the xã reviews: nothing more is attached.
    const { id: oneId } = (await db.document.findFirstOrThrow({ where: { supportRequestId: requestId }, select: { id: true } }));
    await detachSupportRequestDocument(beneficiaryA, oneId);
    await sendSupportRequest(beneficiaryA, requestId);
    expect(await codeOf(attach(beneficiaryA, requestId, 'BAO_GIA', 'muon.pdf'))).toBe('ILLEGAL_TRANSITION');
    expect((await post(beneficiaryA, form(requestId, 'BAO_GIA', 'muon.pdf', pdf('muon')))).status).toBe(409);
  });

  it('are withdrawn from a draft without being deleted, and no longer after sending', async () => {
    const { beneficiaryA } = w.actors;
    const requestId = await draftOf(beneficiaryA, 'Hỗ trợ lò sấy');
    const wrong = await attach(beneficiaryA, requestId, 'BAO_GIA', 'nham-bao-gia.pdf');
    const right = await attach(beneficiaryA, requestId, 'BAO_GIA', 'bao-gia-lo-say.pdf');

    expect(await codeOf(detachSupportRequestDocument(beneficiaryB, wrong.id))).toBe('NOT_FOUND');
    await detachSupportRequestDocument(beneficiaryA, wrong.id);
    const row = await db.document.findUniqueOrThrow({ where: { id: wrong.id } });
    expect(row.review).toBe('WITHDRAWN');
    expect((await fileStore().read(row.storageKey)).toString()).toContain('nham-bao-gia.pdf');
    expect((await download(beneficiaryA, wrong.id)).status).toBe(404);
    const page = await getSupportRequestPage(beneficiaryA, requestId);
    expect(page.attachments.map((d) => d.fileName)).toEqual(['bao-gia-lo-say.pdf']);
    expect(page.withdrawnAttachments.map((d) => d.fileName)).toEqual(['nham-bao-gia.pdf']);
    expect(await db.auditEvent.count({ where: { entityType: 'Document', entityId: wrong.id, event: 'detach' } })).toBe(1);

    await sendSupportRequest(beneficiaryA, requestId);
    expect(await codeOf(detachSupportRequestDocument(beneficiaryA, right.id))).toBe('ILLEGAL_TRANSITION');
  });

  it('belong to the request alone (Document_one_owner)', async () => {
    const requestId = await draftOf(w.actors.beneficiaryA, 'Hỗ trợ máy nghiền');
    const file = { provinceId: w.hp.province.id, kind: 'BAO_GIA', title: 'Báo giá', fileName: 'a.pdf', mimeType: 'application/pdf', sizeBytes: 1, sha256: 'x', uploadedById: w.actors.beneficiaryA.id };
    const both = await db.document.create({ data: { ...file, storageKey: 'sr/both.pdf', supportRequestId: requestId, projectId: w.projectA.id } }).catch((e: Error) => e);
    expect(both).toBeInstanceOf(Error);
    expect(String(both)).toContain('Document_one_owner');
    await expect(db.document.create({ data: { ...file, storageKey: 'sr/alone.pdf', supportRequestId: requestId } })).resolves.toMatchObject({ supportRequestId: requestId });
  });
});
