// What a refusal gives away: another province gets the same answer whether a record exists or not,
// and the ministry sees no figure computed from payment requests it may not see.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { getDocumentForDownload } from '@/lib/server/documents/get-document-for-download';
import { findProjectPayments } from '@/lib/server/payments/find-project-payments';
import { exportProjects } from '@/lib/server/projects/export-projects';
import { getProjectOrThrow } from '@/lib/server/projects/get-project';
import { errorOf } from '../factories/errors';
import { createPaymentRequest, createPaymentWorld, type PaymentWorld } from '../factories/payment';
import { freshWorld } from '../factories/world';

let w: PaymentWorld;

beforeAll(async () => {
  w = await freshWorld(createPaymentWorld);
  await db.project.update({ where: { id: w.projectA.id }, data: { fundingLevel: 'KCQG' } });
  await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 90_000_000n, 'PAID');
});

describe('exists or not, the same answer', () => {
  it('gives another province the same error for an existing and a missing đề án', async () => {
    const existing = await errorOf(getProjectOrThrow(w.actors.ldTtkc, w.projectA.id));
    const missing = await errorOf(getProjectOrThrow(w.actors.ldTtkc, 987_654));
    expect([existing.code, existing.message]).toEqual([missing.code, missing.message]);
    expect(existing.code).toBe('NOT_FOUND');
  });

  it('gives another province the same error for an existing and a missing document', async () => {
    const doc = await db.document.create({
      data: { provinceId: w.hp.province.id, kind: 'KHAC', title: 't', fileName: 'a.pdf', mimeType: 'application/pdf', sizeBytes: 1, sha256: 'x', storageKey: 'k/a.pdf', projectId: w.projectA.id, uploadedById: w.actors.ttkc.id },
    });
    const existing = await errorOf(getDocumentForDownload(w.actors.ldTtkc, doc.id));
    const missing = await errorOf(getDocumentForDownload(w.actors.ldTtkc, 987_654));
    expect([existing.code, existing.message]).toEqual([missing.code, missing.message]);
  });
});

describe('the ministry and payment figures', () => {
  it('reads a national đề án but sees neither its payment requests nor figures drawn from them', async () => {
    const page = await findProjectPayments(w.actors.ministry, w.projectA.id);
    expect(page.requests).toEqual([]);
    expect(page.limits).toBeNull();
    expect(page.canRequest).toBe(false);
    // The province still sees them.
    expect((await findProjectPayments(w.actors.ttkc, w.projectA.id)).limits?.advancedVnd).toBe(90_000_000n);
  });

  it('gets the Excel list without advanced or paid amounts', async () => {
    const read = async (actor: PaymentWorld['actors'][keyof PaymentWorld['actors']]) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await exportProjects(actor, {})) as never);
      const sheet = workbook.getWorksheet('Đề án')!;
      // Title rows sit above the header (lib/server/excel/table-writer.ts): find the header by its first heading.
      const rows = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1));
      const header = (rows.find((r) => (r.values as unknown[]).map(String).includes('Mã đề án'))!.values as unknown[]).map(String);
      const row = rows.find((r) => r.getCell(header.indexOf('Mã đề án')).value === w.projectA.code)!;
      const cell = (title: string) => (header.includes(title) ? row.getCell(header.indexOf(title)).value : null);
      return [cell('Đã tạm ứng (đồng)'), cell('Đã thanh toán (đồng)')];
    };
    expect(await read(w.actors.ttkc)).toEqual([90_000_000, 0]);
    expect(await read(w.actors.ministry)).toEqual([null, null]);
  });
});
