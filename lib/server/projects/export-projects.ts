import 'server-only';
import ExcelJS from 'exceljs';
import { isoDateVn } from '@/lib/domain/format';
import { adminUnitName } from '@/lib/domain/labels';
import { PAYMENT_PAID_STATES } from '@/lib/domain/lifecycle/payment';
import { PROJECT_LIFECYCLE } from '@/lib/domain/lifecycle/project';
import { toSafeNumber } from '@/lib/domain/money';
import type { Actor } from '@/lib/domain/roles';
import { now } from '../clock';
import { db } from '../db';
import { findProjectsForExport, type ProjectFilters } from './find-projects';

const MONEY = '#,##0';

/** Paid advances and payments per đề án (what the treasury actually paid). */
async function paidByProject(projectIds: number[]) {
  const rows = await db.paymentRequest.groupBy({
    by: ['projectId', 'kind'],
    where: { projectId: { in: projectIds }, status: { in: [...PAYMENT_PAID_STATES] } },
    _sum: { amountVnd: true },
  });
  const result = new Map<number, { advanced: bigint; paid: bigint }>();
  for (const row of rows) {
    const entry = result.get(row.projectId) ?? { advanced: 0n, paid: 0n };
    if (row.kind === 'ADVANCE') entry.advanced += row._sum.amountVnd ?? 0n;
    else entry.paid += row._sum.amountVnd ?? 0n;
    result.set(row.projectId, entry);
  }
  return result;
}

/** "de-an-2026-12-01.xlsx": the day in Vietnam, as the screen shows it, from the server's clock. */
export function projectExportFileName(at: Date = now()): string {
  return `de-an-${isoDateVn(at)}.xlsx`;
}

/**
 * The filtered list as an Excel workbook with the per-đề án columns of DOMAIN.md "Reports": code,
 * name, content, unit, beneficiary, xã, approved support, own share, advanced and paid to date,
 * % of volume done, status, notes.
 */
export async function exportProjects(actor: Actor, query: ProjectFilters): Promise<Buffer> {
  const projects = await findProjectsForExport(actor, query);
  const paid = await paidByProject(projects.map((p) => p.id));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cổng quản lý khuyến công';
  const sheet = workbook.addWorksheet('Đề án', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'Mã đề án', key: 'code', width: 18 },
    { header: 'Tên đề án', key: 'name', width: 50 },
    { header: 'Năm', key: 'year', width: 8 },
    { header: 'Nội dung', key: 'content', width: 30 },
    { header: 'Đơn vị thực hiện', key: 'unit', width: 28 },
    { header: 'Cơ sở thụ hưởng', key: 'beneficiary', width: 36 },
    { header: 'Xã/phường/đặc khu', key: 'xa', width: 22 },
    { header: 'Hỗ trợ được duyệt (đồng)', key: 'approved', width: 20, style: { numFmt: MONEY } },
    { header: 'Vốn đối ứng (đồng)', key: 'counterpart', width: 20, style: { numFmt: MONEY } },
    { header: 'Đã tạm ứng (đồng)', key: 'advanced', width: 20, style: { numFmt: MONEY } },
    { header: 'Đã thanh toán (đồng)', key: 'paid', width: 20, style: { numFmt: MONEY } },
    { header: '% khối lượng hoàn thành', key: 'progress', width: 14 },
    { header: 'Trạng thái', key: 'status', width: 18 },
    { header: 'Ghi chú', key: 'notes', width: 40 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const p of projects) {
    const money = paid.get(p.id) ?? { advanced: 0n, paid: 0n };
    sheet.addRow({
      code: p.code,
      name: p.name,
      year: p.year,
      content: `${p.contentCategory.code} ${p.contentCategory.name}`,
      unit: p.implementingOrg.shortName ?? p.implementingOrg.name,
      beneficiary: p.beneficiaries.map((b) => b.facility.name).join('; '),
      xa: adminUnitName(p.adminUnit),
      approved: p.approvedSupportVnd === null ? null : toSafeNumber(p.approvedSupportVnd),
      counterpart: toSafeNumber(p.counterpartVnd),
      advanced: toSafeNumber(money.advanced),
      paid: toSafeNumber(money.paid),
      progress: p.progressPercent,
      status: PROJECT_LIFECYCLE.statusLabels[p.status],
      notes: p.normExceptionNote ? `Ngoại lệ mức chi: ${p.normExceptionNote}` : '',
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
