import 'server-only';
import { YEARLY_SETTLEMENT_FINAL_STATES } from '@/lib/domain/lifecycle/settlement';
import ExcelJS from 'exceljs';
import { PROJECT_LIFECYCLE } from '@/lib/domain/lifecycle/project';
import { toSafeNumber } from '@/lib/domain/money';
import { lapsingOf } from '@/lib/domain/yearly-settlement';
import type { Actor } from '@/lib/domain/roles';
import type { ProgrammeLevel } from '@/prisma/generated/client/enums';
import { findYearlySettlement } from './find-yearly-settlement';

const MONEY = '#,##0';
export const YEARLY_TOTAL_LABEL = 'Tổng cộng';

/**
 * Quyết toán năm as a workbook: one row per đề án from its money position and a total row computed
 * by the same function as the screen and the stored totals (lib/domain/yearly-settlement.ts).
 */
export async function exportYearlySettlement(actor: Actor, year: number, fundingLevel: ProgrammeLevel): Promise<Buffer> {
  const { rows, totals, record } = await findYearlySettlement(actor, year, fundingLevel);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cổng quản lý khuyến công';
  const sheet = workbook.addWorksheet(`Quyết toán ${year}`, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'Mã đề án', key: 'code', width: 18 },
    { header: 'Tên đề án', key: 'name', width: 50 },
    { header: 'Trạng thái', key: 'status', width: 18 },
    { header: 'Hỗ trợ được duyệt (đồng)', key: 'approved', width: 20, style: { numFmt: MONEY } },
    { header: 'Đã tạm ứng (đồng)', key: 'advanced', width: 20, style: { numFmt: MONEY } },
    { header: 'Đã thanh toán (đồng)', key: 'paid', width: 20, style: { numFmt: MONEY } },
    { header: 'Đã nộp trả (đồng)', key: 'refunded', width: 20, style: { numFmt: MONEY } },
    { header: 'Tạm ứng chưa thu hồi (đồng)', key: 'openAdvance', width: 22, style: { numFmt: MONEY } },
    { header: 'Hết nhiệm vụ chi cuối năm (đồng)', key: 'lapsing', width: 22, style: { numFmt: MONEY } },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) {
    const p = r.position;
    sheet.addRow({
      code: r.code,
      name: r.name,
      status: PROJECT_LIFECYCLE.statusLabels[r.status],
      approved: toSafeNumber(p.approvedVnd),
      advanced: toSafeNumber(p.advancedVnd),
      paid: toSafeNumber(p.paidVnd),
      refunded: toSafeNumber(p.refundedVnd),
      openAdvance: toSafeNumber(p.outstandingAdvanceVnd),
      lapsing: toSafeNumber(lapsingOf(p)),
    });
  }
  const advanced = rows.reduce((s, r) => s + r.position.advancedVnd, 0n);
  const total = sheet.addRow({
    code: YEARLY_TOTAL_LABEL,
    name: `${totals.projectCount} đề án${record && YEARLY_SETTLEMENT_FINAL_STATES.includes(record.status) ? ' — Sở Tài chính đã phê duyệt' : ''}`,
    approved: toSafeNumber(totals.approvedVnd),
    advanced: toSafeNumber(advanced),
    paid: toSafeNumber(totals.disbursedVnd - advanced),
    refunded: toSafeNumber(totals.refundedVnd),
    openAdvance: toSafeNumber(totals.openAdvanceVnd),
    lapsing: toSafeNumber(totals.lapsingVnd),
  });
  total.font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
