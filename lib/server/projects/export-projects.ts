import 'server-only';
import ExcelJS from 'exceljs';
import { isoDateVn } from '@/lib/domain/format';
import { adminUnitName } from '@/lib/domain/labels';
import { PROJECT_LIFECYCLE } from '@/lib/domain/lifecycle/project';
import { formatDate } from '@/lib/domain/format';
import type { Actor } from '@/lib/domain/roles';
import { seesPaymentFigures } from '@/lib/domain/scope';
import { now } from '../clock';
import { db } from '../db';
import { addTableSheet, type ExcelColumn } from '../excel/table-writer';
import { findMoneyPositions } from '../payments/find-money-position';
import { findProjectsForExport, type ProjectFilters } from './find-projects';

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
  const positions = await findMoneyPositions(db, projects.map((p) => p.id));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cổng quản lý khuyến công';
  type Row = (typeof projects)[number];
  // What the Kho bạc paid, from the one money position (lib/domain/money-position.ts).
  const moneyOf = (p: Row) => positions.get(p.id)!;
  const allColumns: ExcelColumn<Row>[] = [
    { header: 'Mã đề án', value: (p) => p.code },
    { header: 'Tên đề án', value: (p) => p.name, maxWidth: 50 },
    { header: 'Năm', kind: 'number', value: (p) => p.year },
    { header: 'Nội dung', value: (p) => `${p.contentCategory.code} ${p.contentCategory.name}`, maxWidth: 30 },
    { header: 'Đơn vị thực hiện', value: (p) => p.implementingOrg.shortName ?? p.implementingOrg.name, maxWidth: 28 },
    { header: 'Cơ sở thụ hưởng', value: (p) => p.beneficiaries.map((b) => b.facility.name).join('; '), maxWidth: 36 },
    { header: 'Xã/phường/đặc khu', value: (p) => adminUnitName(p.adminUnit), maxWidth: 22 },
    { header: 'Hỗ trợ được duyệt (đồng)', kind: 'money', value: (p) => p.approvedSupportVnd },
    { header: 'Vốn đối ứng (đồng)', kind: 'money', value: (p) => p.counterpartVnd },
    { header: 'Đã tạm ứng (đồng)', kind: 'money', value: (p) => moneyOf(p).advancedVnd },
    { header: 'Đã thanh toán (đồng)', kind: 'money', value: (p) => moneyOf(p).paidVnd },
    { header: 'Còn phải trả (đồng)', kind: 'money', value: (p) => moneyOf(p).owedVnd },
    { header: 'Phải nộp trả (đồng)', kind: 'money', value: (p) => moneyOf(p).toRefundVnd },
    { header: '% khối lượng hoàn thành', kind: 'number', value: (p) => p.progressPercent },
    { header: 'Trạng thái', value: (p) => PROJECT_LIFECYCLE.statusLabels[p.status], maxWidth: 18 },
    { header: 'Ghi chú', value: (p) => (p.normExceptionNote ? `Ngoại lệ mức chi: ${p.normExceptionNote}` : ''), maxWidth: 40 },
  ];
  // No payment figures at all for a role that may not see payment requests (not even zeros).
  const PAYMENT_HEADERS = ['Đã tạm ứng (đồng)', 'Đã thanh toán (đồng)', 'Còn phải trả (đồng)', 'Phải nộp trả (đồng)'];
  const columns = seesPaymentFigures(actor) ? allColumns : allColumns.filter((c) => !PAYMENT_HEADERS.includes(c.header));
  const sum = (pick: (p: Row) => bigint | null) => projects.reduce((s, p) => s + (pick(p) ?? 0n), 0n);
  addTableSheet(workbook, {
    sheetName: 'Đề án',
    titles: ['DANH SÁCH ĐỀ ÁN KHUYẾN CÔNG', `Xuất ngày ${formatDate(now())} từ Cổng quản lý khuyến công. Đơn vị tính: đồng.`],
    numbered: true,
    columns,
    lines: projects.map((row) => ({ row })),
    total: {
      label: `Tổng cộng (${projects.length} đề án)`,
      values: columns.map((c) =>
        c.header === 'Hỗ trợ được duyệt (đồng)' ? sum((p) => p.approvedSupportVnd)
        : c.header === 'Vốn đối ứng (đồng)' ? sum((p) => p.counterpartVnd)
        : c.header === 'Đã tạm ứng (đồng)' ? sum((p) => moneyOf(p).advancedVnd)
        : c.header === 'Đã thanh toán (đồng)' ? sum((p) => moneyOf(p).paidVnd)
        : c.header === 'Còn phải trả (đồng)' ? sum((p) => moneyOf(p).owedVnd)
        : c.header === 'Phải nộp trả (đồng)' ? sum((p) => moneyOf(p).toRefundVnd)
        : null,
      ),
    },
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
