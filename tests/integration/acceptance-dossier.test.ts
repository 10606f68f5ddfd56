// Hồ sơ nghiệm thu on a real database: uploads (a HEIC photo kept and shown as JPEG), withdraw and
// replace before handing in (nothing deleted), the explicit hand-in that tells the Trung tâm, the
// review of each document, the beneficiary told what to redo, and the round moving on. The upload
// route answers 413 above the limit; another facility's document is 403 in the same province and
// 404 in another.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

const session = vi.hoisted(() => ({ actor: null as unknown }));
vi.mock('@/lib/server/auth', () => ({ findActor: async () => session.actor }));

import { GET } from '@/app/api/tai-lieu/[id]/route';
import { POST } from '@/app/api/tai-lieu/route';
import { documentUploadSchema, dossierReviewSchema } from '@/lib/schemas/project';
import { db } from '@/lib/server/db';
import { getAcceptanceDossier, handInDossier, reviewDossierDocument, withdrawDossierDocument } from '@/lib/server/documents/acceptance-dossier';
import { getDocumentForDownload } from '@/lib/server/documents/get-document-for-download';
import { uploadProjectDocument } from '@/lib/server/documents/upload-project-document';
import { findBeneficiaryHome } from '@/lib/server/home/find-beneficiary-home';
import type { Actor } from '@/lib/domain/roles';
import { createDossierProject, createProjectWorld, type ProjectWorld } from '../factories/project';
import { codeOf, errorOf } from '../factories/errors';
import { freshWorld } from '../factories/world';

let w: ProjectWorld;

beforeAll(async () => { w = await freshWorld(createProjectWorld); });

const HEIC = readFileSync(path.join(import.meta.dirname, '../fixtures/may-da-lap.heic'));
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);

async function roundOf(facilityIds?: number[]) {
  const project = await createDossierProject(w, { status: 'UNDER_ACCEPTANCE', ...(facilityIds ? { facilityIds } : {}) });
  const acceptance = await db.acceptance.create({ data: { projectId: project.id, scheduledOn: new Date('2027-03-10') } });
  return { projectId: project.id, acceptanceId: acceptance.id };
}

function form(round: { projectId: number; acceptanceId: number }, kind: string, name: string, bytes: Buffer, replacesId?: number) {
  const f = new FormData();
  f.set('projectId', String(round.projectId));
  f.set('acceptanceId', String(round.acceptanceId));
  f.set('kind', kind);
  if (replacesId) f.set('replacesId', String(replacesId));
  f.set('file', new File([new Uint8Array(bytes)], name));
  return f;
}

const upload = (actor: Actor, round: { projectId: number; acceptanceId: number }, kind: string, name: string, bytes = pdf(name), replacesId?: number) =>
  uploadProjectDocument(actor, documentUploadSchema.parse(form(round, kind, name, bytes, replacesId)));

const statusOf = async (acceptanceId: number) => (await db.acceptance.findUniqueOrThrow({ where: { id: acceptanceId } })).status;
const reviewOf = async (id: number) => (await db.document.findUniqueOrThrow({ where: { id } })).review;
const noticesOf = (userId: number) => db.notification.findMany({ where: { userId }, orderBy: { id: 'asc' } });

describe('the acceptance dossier', () => {
  it('is uploaded, corrected, handed in, reviewed, replaced and accepted — each step said to the right people', async () => {
    const { beneficiaryA: beneficiary, ttkc } = w.actors;
    const round = await roundOf();

    // Uploads, a HEIC photo among them: nothing is handed in by an upload.
    const wrong = await upload(beneficiary, round, 'BIEN_BAN_NGHIEM_THU', 'nham.pdf');
    const report = await upload(beneficiary, round, 'BAO_CAO_KET_QUA', 'bao-cao.pdf');
    const photo = await upload(beneficiary, round, 'HOA_DON', 'IMG_0042.HEIC', HEIC);
    expect(await statusOf(round.acceptanceId)).toBe('SCHEDULED');
    const stored = await db.document.findUniqueOrThrow({ where: { id: photo.id } });
    expect(stored).toMatchObject({ mimeType: 'image/heic', fileName: 'IMG_0042.HEIC', uploadedById: beneficiary.id });
    expect(stored.storageKey).toMatch(/^\d{4}\/[0-9a-f-]{36}\.heic$/);
    expect(stored.previewKey).toMatch(/^\d{4}\/[0-9a-f-]{36}\.preview\.jpg$/);
    const preview = await getDocumentForDownload(beneficiary, photo.id, { preview: true });
    const jpeg = Buffer.from(await new Response(preview.stream).arrayBuffer());
    expect(preview.mimeType).toBe('image/jpeg');
    expect(jpeg.subarray(0, 3).toString('hex')).toBe('ffd8ff');

    // The facility's home sends it to the dossier: every paper is there, to be handed in.
    const nextOnHome = async () => (await findBeneficiaryHome(beneficiary))!.nextAction;
    expect(await nextOnHome()).toMatchObject({ title: 'Nộp hồ sơ nghiệm thu', href: `/de-an/${round.projectId}/nghiem-thu/${round.acceptanceId}` });

    // A wrong file is withdrawn (kept, out of the serving path), the right one uploaded.
    await withdrawDossierDocument(beneficiary, wrong.id);
    // A withdrawn file no longer counts as filed.
    expect(await nextOnHome()).toMatchObject({ title: 'Nộp giấy tờ nghiệm thu còn thiếu', body: expect.stringContaining('còn thiếu 1 giấy tờ') });
    expect(await reviewOf(wrong.id)).toBe('WITHDRAWN');
    expect(await codeOf(getDocumentForDownload(beneficiary, wrong.id))).toBe('NOT_FOUND');
    const minutes = await upload(beneficiary, round, 'BIEN_BAN_NGHIEM_THU', 'bien-ban.pdf');
    expect((await nextOnHome()).title).toBe('Nộp hồ sơ nghiệm thu');

    // Handing in: the Trung tâm is told, documents wait for review and can no longer be withdrawn.
    const before = (await noticesOf(ttkc.id)).length;
    expect(await handInDossier(beneficiary, round)).toEqual({ handedIn: 3 });
    expect(await statusOf(round.acceptanceId)).toBe('DOSSIER_SUBMITTED');
    const notices = await noticesOf(ttkc.id);
    expect(notices).toHaveLength(before + 1);
    expect(notices.at(-1)).toMatchObject({ title: expect.stringContaining('cơ sở đã nộp hồ sơ nghiệm thu'), link: `/de-an/${round.projectId}/nghiem-thu/${round.acceptanceId}` });
    expect(await codeOf(withdrawDossierDocument(beneficiary, report.id))).toBe('ILLEGAL_TRANSITION');
    expect((await nextOnHome()).title).toBe('Chờ Trung tâm xem xét hồ sơ nghiệm thu');
    expect(await codeOf(upload(beneficiary, round, 'KHAC', 'them.pdf'))).toBe('ILLEGAL_TRANSITION');

    // Staff accept two, ask for the photo again: the round goes back to the beneficiary, who is told why.
    await reviewDossierDocument(ttkc, dossierReviewSchema.parse({ documentId: minutes.id, decision: 'accept' }));
    await reviewDossierDocument(ttkc, dossierReviewSchema.parse({ documentId: report.id, decision: 'accept' }));
    expect(dossierReviewSchema.safeParse({ documentId: photo.id, decision: 'replace', comment: ' ' }).success).toBe(false);
    expect(await codeOf(reviewDossierDocument(ttkc, { documentId: photo.id, decision: 'replace', comment: '' }))).toBe('VALIDATION');
    expect(await statusOf(round.acceptanceId)).toBe('DOSSIER_SUBMITTED');
    await reviewDossierDocument(ttkc, dossierReviewSchema.parse({ documentId: photo.id, decision: 'replace', comment: 'Ảnh mờ, không đọc được số hoá đơn' }));
    expect(await statusOf(round.acceptanceId)).toBe('REPLACEMENT_REQUESTED');
    expect((await noticesOf(beneficiary.id)).at(-1)).toMatchObject({
      title: expect.stringContaining('cần thay thế 1 tài liệu'),
      body: expect.stringContaining('Ảnh mờ, không đọc được số hoá đơn'),
    });
    const view = await getAcceptanceDossier(beneficiary, round.projectId, round.acceptanceId);
    expect(view.nextAction.text).toContain('thay thế 1 tài liệu');
    expect((await nextOnHome()).title).toBe('Thay thế giấy tờ nghiệm thu theo yêu cầu');
    expect(view.progress).toMatchObject({ done: 2, total: 3, percent: 66 });
    expect(view.mayHandIn).toBe(true);
    expect(view.handInProblem).toContain('Hoá đơn tài chính');

    // The replacement supersedes the photo (kept as the previous version); handing in again.
    const better = await upload(beneficiary, round, 'HOA_DON', 'hoa-don.pdf', pdf('hoa don'), photo.id);
    expect(await reviewOf(photo.id)).toBe('SUPERSEDED');
    expect((await db.document.findUniqueOrThrow({ where: { id: better.id } })).replacesId).toBe(photo.id);
    expect(await codeOf(getDocumentForDownload(beneficiary, photo.id))).toBe('NOT_FOUND');
    expect(await handInDossier(beneficiary, round)).toEqual({ handedIn: 1 });
    await reviewDossierDocument(ttkc, dossierReviewSchema.parse({ documentId: better.id, decision: 'accept' }));
    expect(await statusOf(round.acceptanceId)).toBe('DOSSIER_ACCEPTED');
    expect((await noticesOf(beneficiary.id)).at(-1)?.title).toContain('hồ sơ nghiệm thu đã được chấp nhận');
    expect((await getAcceptanceDossier(beneficiary, round.projectId, round.acceptanceId)).progress.percent).toBe(100);

    // Nothing was deleted: five files for three kinds, every step in the audit.
    expect(await db.document.count({ where: { acceptanceId: round.acceptanceId } })).toBe(5);
    const audit = await db.auditEvent.findMany({ where: { entityType: 'Acceptance', entityId: round.acceptanceId }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => `${a.event}:${a.fromStatus}→${a.toStatus}`)).toEqual([
      'submitDossier:SCHEDULED→DOSSIER_SUBMITTED',
      'requestReplacement:DOSSIER_SUBMITTED→REPLACEMENT_REQUESTED',
      'submitDossier:REPLACEMENT_REQUESTED→DOSSIER_SUBMITTED',
      'acceptDossier:DOSSIER_SUBMITTED→DOSSIER_ACCEPTED',
    ]);
    expect(await db.auditEvent.count({ where: { entityType: 'Document', entityId: photo.id } })).toBe(3); // handIn, requestReplacement, supersede
  });

  it('refuses to hand in an incomplete dossier, saying what is missing', async () => {
    const round = await roundOf();
    await upload(w.actors.beneficiaryA, round, 'BIEN_BAN_NGHIEM_THU', 'bien-ban.pdf');
    const error = await errorOf(handInDossier(w.actors.beneficiaryA, round));
    expect(error).toMatchObject({ code: 'VALIDATION' });
    expect(error.message).toContain('Còn thiếu 2 tài liệu: Báo cáo kết quả thực hiện đề án; Hoá đơn tài chính.');
    expect(await statusOf(round.acceptanceId)).toBe('SCHEDULED');
  });

  it('lets only staff review, and only the beneficiary hand in', async () => {
    const round = await roundOf();
    const doc = await upload(w.actors.beneficiaryA, round, 'BIEN_BAN_NGHIEM_THU', 'bien-ban.pdf');
    expect(await codeOf(reviewDossierDocument(w.actors.beneficiaryA, dossierReviewSchema.parse({ documentId: doc.id, decision: 'accept' })))).toBe('FORBIDDEN');
    expect(await codeOf(handInDossier(w.actors.ttkc, round))).toBe('FORBIDDEN');
    expect(await codeOf(withdrawDossierDocument(w.actors.beneficiaryB, doc.id))).toBe('NOT_FOUND');
    expect(await codeOf(getAcceptanceDossier(w.actors.ldTtkc, round.projectId, round.acceptanceId))).toBe('NOT_FOUND');
  });
});

describe('another facility’s document', () => {
  it('is 403 for a beneficiary of the same province, 404 from another province (use case and route)', async () => {
    const round = await roundOf();
    const { id } = await upload(w.actors.beneficiaryA, round, 'BIEN_BAN_NGHIEM_THU', 'bien-ban.pdf');
    expect(await codeOf(getDocumentForDownload(w.actors.beneficiaryA, id))).toBe('OK');
    expect(await codeOf(getDocumentForDownload(w.actors.beneficiaryB, id))).toBe('FORBIDDEN');
    expect(await codeOf(getDocumentForDownload(w.actors.ldTtkc, id))).toBe('NOT_FOUND');

    const get = async (actor: Actor) => {
      session.actor = actor;
      return GET(new Request(`http://localhost/api/tai-lieu/${id}`), { params: Promise.resolve({ id: String(id) }) });
    };
    const own = await get(w.actors.beneficiaryA);
    expect(own.status).toBe(200);
    expect(await own.text()).toContain('bien-ban.pdf');
    expect((await get(w.actors.beneficiaryB)).status).toBe(403);
    expect((await get(w.actors.ldTtkc)).status).toBe(404);
  });
});

describe('the upload route', () => {
  it('answers 413 with the limit for a 25 MB file, and stores nothing', async () => {
    const round = await roundOf();
    session.actor = w.actors.beneficiaryA;
    const big = form(round, 'HOA_DON', 'hoa-don-25mb.pdf', Buffer.concat([pdf('lon'), Buffer.alloc(25 * 1024 * 1024)]));
    const sent = await POST(new Request('http://localhost/api/tai-lieu', { method: 'POST', body: big }), { params: Promise.resolve({}) });
    expect(sent.status).toBe(413);
    expect(await sent.text()).toContain('tối đa 20 MB');
    // Said by its length, refused before the body is read.
    const announced = await POST(new Request('http://localhost/api/tai-lieu', { method: 'POST', headers: { 'content-length': String(25 * 1024 * 1024) }, body: 'x' }), {
      params: Promise.resolve({}),
    });
    expect(announced.status).toBe(413);
    expect(await db.document.count({ where: { acceptanceId: round.acceptanceId } })).toBe(0);

    const ok = await POST(new Request('http://localhost/api/tai-lieu', { method: 'POST', body: form(round, 'HOA_DON', 'hoa-don.pdf', pdf('nho')) }), { params: Promise.resolve({}) });
    expect(ok.status).toBe(201);
    expect(await db.document.count({ where: { acceptanceId: round.acceptanceId } })).toBe(1);
  });
});
