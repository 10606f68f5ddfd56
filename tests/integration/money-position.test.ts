// The one money position is what the home figures, the đề án page and the Excel export show
// (issue 8 "one money position"; issue 12 item 4: Bộ Công Thương saw 0 ₫ paid on KCQG).
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatVnd } from '@/lib/domain/money';
import { db } from '@/lib/server/db';
import { getScopeSummary } from '@/lib/server/home/find-work-items';
import { findMoneyPosition, findMoneyPositions } from '@/lib/server/payments/find-money-position';
import { getProjectPageOrThrow } from '@/lib/server/projects/get-project-page';
import { exportProjects } from '@/lib/server/projects/export-projects';
import { createPaymentRequest, createPaymentWorld, type PaymentWorld } from '../factories/payment';
import { freshWorld } from '../factories/world';

let w: PaymentWorld;

beforeEach(async () => { w = await freshWorld(createPaymentWorld); });

describe('money position', () => {
  it('separates requested, sent and paid by Kho bạc', async () => {
    await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 100_000_000n, 'PAID');
    await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 50_000_000n, 'SENT_TO_TREASURY');
    await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 20_000_000n);
    const p = await findMoneyPosition(db, w.projectA.id);
    expect(p).toMatchObject({ requestedVnd: 170_000_000n, sentVnd: 50_000_000n, disbursedVnd: 100_000_000n, outstandingAdvanceVnd: 100_000_000n, owedVnd: 200_000_000n });
    const page = await getProjectPageOrThrow(w.actors.xaA, w.projectA.id);
    expect(page.money.disbursedVnd).toBe(100_000_000n);
  });

  it('gives one position per đề án asked for and none for others; a đề án that does not exist is an error', async () => {
    await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 100_000_000n, 'PAID');
    const positions = await findMoneyPositions(db, [w.projectA.id, w.projectB.id, w.projectA.id]);
    expect([...positions.keys()].sort((a, b) => a - b)).toEqual([w.projectA.id, w.projectB.id].sort((a, b) => a - b));
    expect(positions.get(w.projectB.id)).toMatchObject({ approvedVnd: 200_000_000n, disbursedVnd: 0n });
    expect((await findMoneyPositions(db, [])).size).toBe(0);
    const missing = w.projectA.id + 1000;
    await expect(findMoneyPosition(db, missing)).rejects.toThrow(`Project ${missing} not found`);
  });

  it('counts as accepted only the acceptances that passed', async () => {
    const acceptance = (status: 'FAILED' | 'PASSED', acceptedValueVnd: bigint) =>
      db.acceptance.create({ data: { projectId: w.projectA.id, scheduledOn: new Date('2026-10-01'), status, acceptedValueVnd } });
    await acceptance('FAILED', 500_000_000n);
    expect((await findMoneyPosition(db, w.projectA.id)).acceptedValueVnd).toBeNull();
    await acceptance('PASSED', 240_000_000n);
    expect((await findMoneyPosition(db, w.projectA.id)).acceptedValueVnd).toBe(240_000_000n);
  });

  it('the đề án page counts from the rows it loaded exactly what the position reads for itself', async () => {
    await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 100_000_000n, 'PAID');
    await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 7_000_001n, 'SENT_TO_TREASURY');
    const org = await db.organization.findFirstOrThrow({ where: { provinceId: w.projectA.provinceId } });
    await db.contract.create({ data: { projectId: w.projectA.id, number: 'HĐ-01', signedOn: new Date('2026-06-01'), partyAOrgId: org.id, partyBName: 'Cơ sở A', valueVnd: 400_000_000n, supportVnd: 180_000_001n } });
    for (const [status, value] of [['FAILED', 500_000_000n], ['PASSED', 240_000_000n], ['PASSED', 3n]] as const) {
      await db.acceptance.create({ data: { projectId: w.projectA.id, scheduledOn: new Date('2026-10-01'), status, acceptedValueVnd: value } });
    }
    const read = await findMoneyPosition(db, w.projectA.id);
    expect(read).toMatchObject({ contractedVnd: 180_000_001n, acceptedValueVnd: 240_000_003n, disbursedVnd: 100_000_000n });
    expect((await getProjectPageOrThrow(w.actors.xaA, w.projectA.id)).money).toEqual(read);
  });

  it('shows the ministry what the Kho bạc paid on KCQG đề án', async () => {
    await db.project.update({ where: { id: w.projectA.id }, data: { fundingLevel: 'KCQG' } });
    await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 100_000_000n, 'PAID');
    expect((await getScopeSummary(w.actors.ministry)).paid).toBe(formatVnd(100_000_000n));
    expect((await getScopeSummary(w.actors.sct)).paid).toBe(formatVnd(100_000_000n));
  });

  it('the home headline aggregates in the database exactly what the positions call disbursed', async () => {
    await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 100_000_000n, 'PAID');
    await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 7_000_001n, 'SENT_TO_TREASURY');
    await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 3_000_000n);
    const positions = await findMoneyPositions(db, [w.projectA.id]);
    const disbursed = [...positions.values()].reduce((sum, p) => sum + p.disbursedVnd, 0n);
    expect(disbursed).toBe(100_000_000n);
    expect((await db.project.findUniqueOrThrow({ where: { id: w.projectA.id } })).disbursedVnd).toBe(disbursed);
    expect((await getScopeSummary(w.actors.sct)).paid).toBe(formatVnd(disbursed));
  });

  it('exports advanced and paid from the position', async () => {
    await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 100_000_000n, 'PAID');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportProjects(w.actors.sct, {})) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Đề án')!;
    // The table writer puts title rows above the header: find the header row by its first heading.
    const headerRowNo = [...Array(sheet.rowCount).keys()].map((i) => i + 1).find((n) => (sheet.getRow(n).values as unknown[]).map(String).includes('Mã đề án'))!;
    const header = (sheet.getRow(headerRowNo).values as unknown[]).map(String);
    const codeCol = header.indexOf('Mã đề án');
    const rowNo = [...Array(sheet.rowCount).keys()].map((i) => i + 1).find((n) => sheet.getRow(n).getCell(codeCol).value === w.projectA.code)!;
    const row = sheet.getRow(rowNo);
    expect(row.getCell(header.indexOf('Đã tạm ứng (đồng)')).value).toBe(100_000_000);
    expect(row.getCell(header.indexOf('Còn phải trả (đồng)')).value).toBe(200_000_000);
  });
});
