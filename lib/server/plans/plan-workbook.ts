import 'server-only';
import ExcelJS from 'exceljs';
import { formatDate } from '@/lib/domain/format';
import { FUNDING_LEVEL_SHORT } from '@/lib/domain/labels';
import { contentGroupOf, type GroupTotals, type MoneyTotals, type SourceTotals } from '@/lib/domain/plan-totals';
import type { ProgrammeLevel } from '@/prisma/generated/client/enums';
import { now } from '../clock';
import { addTableSheet, type CellValue, type ExcelColumn, type ExcelLine } from '../excel/table-writer';
import type { ConsolidatedRow } from './find-consolidated-items';

// The two Excel forms of the city plan: the KCQG registration sent to the ministry and the KCĐP
// estimate sent to Sở Tài chính. Every subtotal and total comes from computePlanTotals (via
// SourceTotals), never from Excel formulas, so the file shows the same figures as the screen.
// Layout and print setup come from the shared table writer (lib/server/excel/table-writer.ts).

export const TOTAL_ROW_LABEL = 'Tổng cộng';

interface Column {
  header: string;
  /** Widest the column grows before its text wraps. */
  width: number;
  kind?: 'number';
  value: (row: ConsolidatedRow) => CellValue;
  /** Which MoneyTotals figure goes in this column on subtotal and total rows. */
  total?: keyof Pick<MoneyTotals, 'totalCostVnd' | 'requestedSupportVnd' | 'counterpartVnd' | 'otherFundingVnd' | 'approvedSupportVnd'>;
}


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
      { header: 'Số lượng', width: 9, kind: 'number', value: (r) => r.targetQuantity },
      { header: 'ĐVT', width: 10, value: (r) => r.programmeTarget?.unit ?? null },
      { header: 'Kết quả dự kiến', width: 30, value: (r) => r.expectedOutputs },
      { header: 'Tổng kinh phí (đồng)', width: 18, value: (r) => r.totalCostVnd, total: 'totalCostVnd' },
      { header: 'KCQG đề nghị hỗ trợ (đồng)', width: 18, value: (r) => r.requestedSupportVnd, total: 'requestedSupportVnd' },
      { header: 'Vốn đối ứng (đồng)', width: 18, value: (r) => r.counterpartVnd, total: 'counterpartVnd' },
      { header: 'Nguồn khác (đồng)', width: 18, value: (r) => r.otherFundingVnd, total: 'otherFundingVnd' },
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
      { header: 'Tổng kinh phí (đồng)', width: 18, value: (r) => r.totalCostVnd, total: 'totalCostVnd' },
      { header: 'KCĐP đề nghị hỗ trợ (đồng)', width: 18, value: (r) => r.requestedSupportVnd, total: 'requestedSupportVnd' },
      { header: 'Vốn đối ứng (đồng)', width: 18, value: (r) => r.counterpartVnd, total: 'counterpartVnd' },
      { header: 'Nguồn khác (đồng)', width: 18, value: (r) => r.otherFundingVnd, total: 'otherFundingVnd' },
      { header: 'KCĐP Sở Tài chính thẩm định (đồng)', width: 20, value: (r) => r.approvedSupportVnd, total: 'approvedSupportVnd' },
      { header: 'Ý kiến Sở Tài chính', width: 28, value: (r) => r.budgetComment },
    ],
  },
};

function totalsCells(columns: Column[], totals: MoneyTotals): CellValue[] {
  return columns.map((c) => (c.total ? totals[c.total] : null));
}

function addListSheet(workbook: ExcelJS.Workbook, source: ProgrammeLevel, year: number, rows: ConsolidatedRow[], totals: SourceTotals) {
  const form = FORMS[source];
  const lines: ExcelLine<ConsolidatedRow>[] = totals.byGroup.flatMap((group) => [
    { subtotal: { label: group.label, values: totalsCells(form.columns, group) } },
    ...rows.filter((r) => contentGroupOf(r.totalsInput).key === group.key).map((row) => ({ row })),
  ]);
  addTableSheet(workbook, {
    sheetName: form.sheet,
    titles: [form.title(year), form.recipient, `Lập ngày ${formatDate(now())} từ Cổng quản lý khuyến công. Đơn vị tính: đồng.`],
    numbered: true,
    columns: form.columns.map((c) => ({ header: c.header, kind: c.total ? 'money' : c.kind, value: c.value, maxWidth: c.width })),
    lines,
    total: { label: TOTAL_ROW_LABEL, values: totalsCells(form.columns, totals.totals) },
  });
}

interface SummaryLine {
  label: string;
  totals: MoneyTotals;
}

function addSummarySheet(workbook: ExcelJS.Workbook, source: ProgrammeLevel, year: number, totals: SourceTotals) {
  const approved = source === 'KCDP';
  const moneyColumn = (header: string, pick: (t: MoneyTotals) => bigint) => ({ header, kind: 'money' as const, value: (l: SummaryLine) => pick(l.totals) });
  const columns: ExcelColumn<SummaryLine>[] = [
    { header: 'Nhóm / khu vực', value: (l) => l.label, maxWidth: 48 },
    { header: 'Số đề án', kind: 'number', value: (l) => l.totals.items },
    { header: 'Số cơ sở', kind: 'number', value: (l) => l.totals.facilities },
    moneyColumn('Tổng kinh phí (đồng)', (t) => t.totalCostVnd),
    moneyColumn('Đề nghị hỗ trợ (đồng)', (t) => t.requestedSupportVnd),
    moneyColumn('Vốn đối ứng (đồng)', (t) => t.counterpartVnd),
    moneyColumn('Nguồn khác (đồng)', (t) => t.otherFundingVnd),
    ...(approved ? [moneyColumn('Được duyệt (đồng)', (t) => t.approvedSupportVnd)] : []),
  ];
  const section = (title: string, groups: GroupTotals[]): ExcelLine<SummaryLine>[] => [
    { subtotal: { label: title, values: [] } },
    ...groups.map((g) => ({ row: { label: g.label, totals: g } })),
  ];
  addTableSheet(workbook, {
    sheetName: 'Tổng hợp',
    titles: [`TỔNG HỢP THEO NHÓM NỘI DUNG VÀ KHU VỰC — ${FUNDING_LEVEL_SHORT[source]} NĂM ${year}`, 'Đơn vị tính: đồng.'],
    columns,
    lines: [...section('Theo nhóm nội dung', totals.byGroup), ...section('Theo khu vực', totals.byArea)],
    total: { label: TOTAL_ROW_LABEL, values: columns.map((c) => c.value({ label: TOTAL_ROW_LABEL, totals: totals.totals })) },
  });
}

/** The form for one source: the list with group subtotals and a total row, then the summary by group and area. */
export async function buildPlanWorkbook(source: ProgrammeLevel, year: number, rows: ConsolidatedRow[], totals: SourceTotals): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cổng quản lý khuyến công';
  workbook.created = now();
  const own = rows.filter((r) => r.fundingLevel === source);
  addListSheet(workbook, source, year, own, totals);
  addSummarySheet(workbook, source, year, totals);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
