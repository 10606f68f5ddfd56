import 'server-only';
import ExcelJS from 'exceljs';
import { formatDate } from '@/lib/domain/format';
import { FUNDING_LEVEL_SHORT } from '@/lib/domain/labels';
import { toSafeNumber } from '@/lib/domain/money';
import { contentGroupOf, type GroupTotals, type MoneyTotals, type SourceTotals } from '@/lib/domain/plan-totals';
import type { ProgrammeLevel } from '@/prisma/generated/client/enums';
import type { ConsolidatedRow } from './find-consolidated-items';
import { now as clockNow } from '@/lib/server/clock';

// The two Excel forms of the city plan: the KCQG registration sent to the ministry and the KCĐP
// estimate sent to Sở Tài chính. Every subtotal and total comes from computePlanTotals (via
// SourceTotals), never from Excel formulas, so the file shows the same figures as the screen.

export const TOTAL_ROW_LABEL = 'Tổng cộng';
const MONEY_FORMAT = '#,##0';

interface Column {
  header: string;
  width: number;
  value: (row: ConsolidatedRow) => string | number | null;
  /** Which MoneyTotals figure goes in this column on subtotal and total rows. */
  total?: keyof Pick<MoneyTotals, 'totalCostVnd' | 'requestedSupportVnd' | 'counterpartVnd' | 'otherFundingVnd' | 'approvedSupportVnd'>;
}

const money = (amount: bigint | null) => (amount === null ? null : toSafeNumber(amount));

const COMMON_LEFT: Column[] = [
  { header: 'Tên đề án', width: 42, value: (r) => r.name },
  { header: 'Nội dung', width: 12, value: (r) => r.contentCategory.code },
  { header: 'Đơn vị đề xuất', width: 26, value: (r) => r.annualPlan.organization.name },
  { header: 'Địa điểm thực hiện', width: 26, value: (r) => r.placeLabel || null },
];

const FORMS: Record<ProgrammeLevel, { title: (year: number) => string; recipient: string; sheet: string; columns: Column[] }> = {
  KCQG: {
    title: (year) => `BIỂU TỔNG HỢP ĐĂNG KÝ KẾ HOẠCH KHUYẾN CÔNG QUỐC GIA NĂM ${year}`,
    recipient: 'Kính gửi: Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công — Bộ Công Thương',
    sheet: 'Đăng ký KCQG',
    columns: [
      ...COMMON_LEFT,
      { header: 'Cơ sở thụ hưởng (MST)', width: 32, value: (r) => r.beneficiaries.map((b) => `${b.facility.name} (${b.facility.taxCode})`).join('; ') || null },
      { header: 'Chỉ tiêu chương trình', width: 28, value: (r) => (r.programmeTarget ? `${r.programmeTarget.group.code}.${r.programmeTarget.itemNo} ${r.programmeTarget.name}` : null) },
      { header: 'Số lượng', width: 9, value: (r) => r.targetQuantity },
      { header: 'ĐVT', width: 10, value: (r) => r.programmeTarget?.unit ?? null },
      { header: 'Kết quả dự kiến', width: 30, value: (r) => r.expectedOutputs },
      { header: 'Tổng kinh phí (đồng)', width: 18, value: (r) => money(r.totalCostVnd), total: 'totalCostVnd' },
      { header: 'KCQG đề nghị hỗ trợ (đồng)', width: 18, value: (r) => money(r.requestedSupportVnd), total: 'requestedSupportVnd' },
      { header: 'Vốn đối ứng (đồng)', width: 18, value: (r) => money(r.counterpartVnd), total: 'counterpartVnd' },
      { header: 'Nguồn khác (đồng)', width: 18, value: (r) => money(r.otherFundingVnd), total: 'otherFundingVnd' },
    ],
  },
  KCDP: {
    title: (year) => `BIỂU TỔNG HỢP DỰ TOÁN KINH PHÍ KHUYẾN CÔNG ĐỊA PHƯƠNG NĂM ${year}`,
    recipient: 'Kính gửi: Sở Tài chính',
    sheet: 'Dự toán KCĐP',
    columns: [
      ...COMMON_LEFT,
      { header: 'Khu vực', width: 11, value: (r) => r.area },
      { header: 'Cơ sở thụ hưởng (MST)', width: 32, value: (r) => r.beneficiaries.map((b) => `${b.facility.name} (${b.facility.taxCode})`).join('; ') || null },
      { header: 'Tổng kinh phí (đồng)', width: 18, value: (r) => money(r.totalCostVnd), total: 'totalCostVnd' },
      { header: 'KCĐP đề nghị hỗ trợ (đồng)', width: 18, value: (r) => money(r.requestedSupportVnd), total: 'requestedSupportVnd' },
      { header: 'Vốn đối ứng (đồng)', width: 18, value: (r) => money(r.counterpartVnd), total: 'counterpartVnd' },
      { header: 'Nguồn khác (đồng)', width: 18, value: (r) => money(r.otherFundingVnd), total: 'otherFundingVnd' },
      { header: 'KCĐP Sở Tài chính thẩm định (đồng)', width: 20, value: (r) => money(r.approvedSupportVnd), total: 'approvedSupportVnd' },
      { header: 'Ý kiến Sở Tài chính', width: 28, value: (r) => r.budgetComment },
    ],
  },
};

function totalsCells(columns: Column[], totals: MoneyTotals): (number | null)[] {
  return columns.map((c) => (c.total ? toSafeNumber(totals[c.total]) : null));
}

function styleMoney(row: ExcelJS.Row, columns: Column[], offset: number) {
  columns.forEach((c, i) => {
    if (c.total) row.getCell(i + 1 + offset).numFmt = MONEY_FORMAT;
  });
}

function addListSheet(workbook: ExcelJS.Workbook, source: ProgrammeLevel, year: number, rows: ConsolidatedRow[], totals: SourceTotals) {
  const form = FORMS[source];
  const sheet = workbook.addWorksheet(form.sheet, { views: [{ state: 'frozen', ySplit: 5 }], pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const width = form.columns.length + 1;
  sheet.addRow([form.title(year)]).font = { bold: true, size: 13 };
  sheet.addRow([form.recipient]);
  sheet.addRow([`Lập ngày ${formatDate(clockNow())} từ Cổng quản lý khuyến công. Đơn vị tính: đồng.`]).font = { italic: true };
  sheet.addRow([]);
  for (const r of [1, 2, 3]) sheet.mergeCells(r, 1, r, width);
  const header = sheet.addRow(['STT', ...form.columns.map((c) => c.header)]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  sheet.columns.forEach((col, i) => {
    col.width = i === 0 ? 6 : (form.columns[i - 1]?.width ?? 14);
  });
  let n = 0;
  for (const group of totals.byGroup) {
    const groupRow = sheet.addRow([null, group.label, ...totalsCells(form.columns, group).slice(1)]);
    groupRow.font = { bold: true };
    styleMoney(groupRow, form.columns, 1);
    for (const row of rows.filter((r) => contentGroupOf(r.totalsInput).key === group.key)) {
      const line = sheet.addRow([++n, ...form.columns.map((c) => c.value(row))]);
      line.alignment = { wrapText: true, vertical: 'top' };
      styleMoney(line, form.columns, 1);
    }
  }
  const total = sheet.addRow([null, TOTAL_ROW_LABEL, ...totalsCells(form.columns, totals.totals).slice(1)]);
  total.font = { bold: true };
  styleMoney(total, form.columns, 1);
}

function addSummarySheet(workbook: ExcelJS.Workbook, source: ProgrammeLevel, year: number, totals: SourceTotals) {
  const sheet = workbook.addWorksheet('Tổng hợp');
  const approved = source === 'KCDP';
  sheet.addRow([`TỔNG HỢP THEO NHÓM NỘI DUNG VÀ KHU VỰC — ${FUNDING_LEVEL_SHORT[source]} NĂM ${year}`]).font = { bold: true };
  sheet.addRow([]);
  const headers = ['Nhóm / khu vực', 'Số đề án', 'Số cơ sở', 'Tổng kinh phí', 'Đề nghị hỗ trợ', 'Vốn đối ứng', 'Nguồn khác', ...(approved ? ['Được duyệt'] : [])];
  const line = (label: string, t: MoneyTotals) => [
    label,
    t.items,
    t.facilities,
    ...[t.totalCostVnd, t.requestedSupportVnd, t.counterpartVnd, t.otherFundingVnd, ...(approved ? [t.approvedSupportVnd] : [])].map(toSafeNumber),
  ];
  const section = (title: string, groups: GroupTotals[]) => {
    sheet.addRow([title]).font = { bold: true };
    sheet.addRow(headers).font = { bold: true };
    for (const g of groups) sheet.addRow(line(g.label, g));
    sheet.addRow(line(TOTAL_ROW_LABEL, totals.totals)).font = { bold: true };
    sheet.addRow([]);
  };
  section('Theo nhóm nội dung', totals.byGroup);
  section('Theo khu vực', totals.byArea);
  sheet.columns.forEach((col, i) => {
    col.width = i === 0 ? 48 : 18;
    if (i >= 3) col.numFmt = MONEY_FORMAT;
  });
}

/** The form for one source: the list with group subtotals and a total row, then the summary by group and area. */
export async function buildPlanWorkbook(source: ProgrammeLevel, year: number, rows: ConsolidatedRow[], totals: SourceTotals): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cổng quản lý khuyến công';
  workbook.created = clockNow();
  const own = rows.filter((r) => r.fundingLevel === source);
  addListSheet(workbook, source, year, own, totals);
  addSummarySheet(workbook, source, year, totals);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
