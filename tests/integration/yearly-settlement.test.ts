// Quyết toán năm theo nguồn: the totals equal the sum of the year's đề án — in the database after
// Sở Tài chính's approval, on the screen (the page's read) and in the exported workbook.
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { findMoneyPosition } from '@/lib/server/payments/find-money-position';
import { approveYearlySettlement } from '@/lib/server/settlements/approve-yearly-settlement';
import { exportYearlySettlement, YEARLY_TOTAL_LABEL } from '@/lib/server/settlements/export-yearly-settlement';
import { findYearlySettlement } from '@/lib/server/settlements/find-yearly-settlement';
import { codeOf } from '../factories/errors';
import { createPaymentRequest } from '../factories/payment';
import { createDossierProject, createProjectWorld, type ProjectWorld } from '../factories/project';
import { freshWorld } from '../factories/world';

let w: ProjectWorld;

beforeEach(async () => { w = await freshWorld(createProjectWorld); });

const decision = { number: '77/QĐ-STC', issuedOn: new Date('2027-01-20'), issuer: 'Sở Tài chính', signer: 'Trần Văn C', summary: 'Phê duyệt quyết toán 2026' };

async function yearOf2026() {
  // The shared world's own đề án belong to another year here.
  await db.project.updateMany({ where: { id: { in: [w.projectA.id, w.projectB.id, w.projectLd.id] } }, data: { year: 2020 } });
  const a = await createDossierProject(w, { status: 'IN_PROGRESS', year: 2026 });
  await createPaymentRequest(w.actors, a.id, 'ADVANCE', 100_000_000n, 'PAID');
  const b = await createDossierProject(w, { status: 'IN_PROGRESS', year: 2026, lines: [{ amountVnd: 200_000_000n, stateSupportVnd: 100_000_000n }] });
  await createPaymentRequest(w.actors, b.id, 'ADVANCE', 70_000_000n, 'PAID');
  await db.refund.create({ data: { provinceId: w.hp.province.id, projectId: b.id, amountVnd: 3_000_000n, documentNumber: 'GNT-1', paidOn: new Date('2026-12-01'), recordedById: w.actors.ttkc.id } });
  const c = await createDossierProject(w, { status: 'CONTRACTED', year: 2026, lines: [{ amountVnd: 100_000_001n, stateSupportVnd: 50_000_000n }] });
  await createDossierProject(w, { status: 'IN_PROGRESS', year: 2026, fundingLevel: 'KCQG' }); // other source
  await createDossierProject(w, { status: 'IN_PROGRESS', year: 2027 }); // other year
  return [a, b, c];
}

describe('yearly settlement', () => {
  it('totals equal the independent sum of its đề án: on screen, in the database and in the workbook', async () => {
    const projects = await yearOf2026();
    const positions = await Promise.all(projects.map((p) => findMoneyPosition(db, p.id)));
    const sum = (pick: (p: (typeof positions)[number]) => bigint) => positions.reduce((s, p) => s + pick(p), 0n);
    const expected = {
      projectCount: 3,
      approvedVnd: 400_000_000n,
      disbursedVnd: 170_000_000n,
      refundedVnd: 3_000_000n,
      openAdvanceVnd: 170_000_000n,
      lapsingVnd: sum((p) => p.approvedVnd) - sum((p) => p.disbursedVnd) + sum((p) => p.refundedVnd),
    };
    expect(expected.lapsingVnd).toBe(233_000_000n);

    const screen = await findYearlySettlement(w.actors.stc, 2026, 'KCDP');
    expect(screen.rows.map((r) => r.id).sort()).toEqual(projects.map((p) => p.id).sort());
    expect(screen.totals).toEqual(expected);
    expect(screen.canApprove).toBe(true);

    expect(await codeOf(approveYearlySettlement(w.actors.sct, { year: 2026, fundingLevel: 'KCDP', decision }))).toBe('FORBIDDEN');
    await approveYearlySettlement(w.actors.stc, { year: 2026, fundingLevel: 'KCDP', decision });
    const stored = await db.yearlySettlement.findFirstOrThrow({ include: { decision: true } });
    expect(stored).toMatchObject({ ...expected, status: 'APPROVED', year: 2026, fundingLevel: 'KCDP', decision: { kind: 'YEARLY_SETTLEMENT', number: '77/QĐ-STC' } });
    expect(await codeOf(approveYearlySettlement(w.actors.stc, { year: 2026, fundingLevel: 'KCDP', decision: { ...decision, number: '78/QĐ-STC' } }))).toBe('ILLEGAL_TRANSITION');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportYearlySettlement(w.actors.stc, 2026, 'KCDP')) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const col = (label: string) => header.indexOf(label);
    const body = [...Array(sheet.rowCount - 1).keys()].map((i) => sheet.getRow(i + 2));
    const total = body.find((r) => r.getCell(1).value === YEARLY_TOTAL_LABEL)!;
    const details = body.filter((r) => r !== total);
    expect(details).toHaveLength(3);
    for (const [label, value] of [
      ['Hỗ trợ được duyệt (đồng)', expected.approvedVnd],
      ['Đã nộp trả (đồng)', expected.refundedVnd],
      ['Tạm ứng chưa thu hồi (đồng)', expected.openAdvanceVnd],
      ['Hết nhiệm vụ chi cuối năm (đồng)', expected.lapsingVnd],
    ] as const) {
      expect(total.getCell(col(label)).value).toBe(Number(value));
      expect(details.reduce((s, r) => s + Number(r.getCell(col(label)).value), 0)).toBe(Number(value));
    }
    const paidTotal = Number(total.getCell(col('Đã tạm ứng (đồng)')).value) + Number(total.getCell(col('Đã thanh toán (đồng)')).value);
    expect(paidTotal).toBe(Number(expected.disbursedVnd));
  });

  it('is not readable by a xã officer, a beneficiary or the Kho bạc', async () => {
    for (const actor of [w.actors.xaA, w.actors.beneficiaryA, w.actors.kbnn]) expect(await codeOf(findYearlySettlement(actor, 2026, 'KCDP'))).toBe('FORBIDDEN');
  });
});
