// The history import (years before the portal): three sheets of the portal's template — per đề án,
// aggregate rows of a report's table, and yearly plan totals — turned into records and a preview
// that lists every row with its problems. Pure: lib/server/history reads the workbook and the
// reference lists (content codes, xã, areas) and hands them over.
import { countCell, isEmptyCell, moneyCell, nameKey, sourceCell, textCell, yearCell, type CellResult } from './history-cells';
import type { SheetCell } from './programme-import';

export type HistorySheetKind = 'project' | 'aggregate' | 'plan';

/** Column headers of the template, in order, per sheet (the reader maps cells by these texts). */
export const HISTORY_COLUMNS = {
  project: ['Năm', 'Nguồn', 'Mã nội dung', 'Xã/phường/đặc khu', 'Khu vực', 'MST cơ sở', 'Tên cơ sở', 'Tên đề án', 'Tổng kinh phí (đồng)', 'Hỗ trợ từ ngân sách (đồng)', 'Đối ứng (đồng)', 'Nguồn khác (đồng)', 'Tình trạng', 'Số quyết định'],
  aggregate: ['Từ năm', 'Đến năm', 'Khu vực', 'Xã/phường/đặc khu', 'Nguồn', 'Mã nội dung', 'Nội dung (như báo cáo ghi)', 'Số đề án', 'Số cơ sở', 'Tổng kinh phí (đồng)', 'Hỗ trợ từ ngân sách (đồng)', 'Đối ứng (đồng)', 'Nguồn khác (đồng)'],
  plan: ['Năm', 'Nguồn', 'Số đề án kế hoạch', 'Kinh phí kế hoạch (đồng)'],
} as const satisfies Record<HistorySheetKind, readonly string[]>;

export const HISTORY_SHEET_NAMES: Record<HistorySheetKind, string> = { project: 'Đề án', aggregate: 'Tổng hợp', plan: 'Kế hoạch năm' };

/** Tình trạng as typed → the state stored. */
export const HISTORY_STATES = { 'Đã phê duyệt': 'APPROVED', 'Đã nghiệm thu': 'ACCEPTED', 'Đã quyết toán': 'SETTLED', 'Dừng thực hiện': 'STOPPED' } as const;
export type HistoryState = (typeof HISTORY_STATES)[keyof typeof HISTORY_STATES];
export const HISTORY_STATE_LABELS = Object.fromEntries(Object.entries(HISTORY_STATES).map(([label, state]) => [state, label])) as Record<HistoryState, string>;

export interface HistoryReference {
  contents: Map<string, number>; // code → id
  adminUnits: Map<string, { id: number; area: string | null }>; // nameKey → xã
  areas: readonly string[];
}

export interface RawHistoryRow {
  row: number;
  cells: SheetCell[]; // in the order of HISTORY_COLUMNS[kind]
}

export interface HistoryIssue {
  sheet: HistorySheetKind;
  row: number;
  column: string | null;
  severity: 'error' | 'warning';
  message: string;
}

interface Money {
  totalCostVnd: bigint;
  stateSupportVnd: bigint;
  counterpartVnd: bigint;
  otherFundingVnd: bigint;
}
export interface HistoryProjectRecord extends Money {
  rowNo: number;
  year: number;
  fundingLevel: 'KCQG' | 'KCDP';
  contentCategoryId: number;
  adminUnitId: number | null;
  area: string | null;
  facilityTaxCode: string | null;
  facilityName: string | null;
  name: string;
  state: HistoryState;
  decisionNumbers: string | null;
}
export interface HistoryAggregateRecord extends Money {
  rowNo: number;
  yearFrom: number;
  yearTo: number;
  area: string | null;
  adminUnitId: number | null;
  fundingLevel: 'KCQG' | 'KCDP';
  contentCategoryId: number | null;
  label: string | null;
  projectCount: number;
  facilityCount: number;
}
export interface HistoryPlanRecord {
  rowNo: number;
  year: number;
  fundingLevel: 'KCQG' | 'KCDP' | null;
  plannedProjects: number;
  plannedVnd: bigint;
}

export interface HistoryParseResult {
  projects: HistoryProjectRecord[];
  aggregates: HistoryAggregateRecord[];
  plans: HistoryPlanRecord[];
  issues: HistoryIssue[];
  errors: number;
  warnings: number;
}

/** Collects a row's problems while reading its cells one column at a time. */
function rowReader(sheet: HistorySheetKind, raw: RawHistoryRow, issues: HistoryIssue[]) {
  const columns: readonly string[] = HISTORY_COLUMNS[sheet];
  let failed = false;
  const at = (column: string) => raw.cells[columns.indexOf(column)] ?? null;
  const report = (column: string | null, message: string, severity: 'error' | 'warning' = 'error') => {
    if (severity === 'error') failed = true;
    issues.push({ sheet, row: raw.row, column, severity, message });
  };
  function read<T>(column: string, parse: (cell: SheetCell) => CellResult<T | null>, required: boolean): T | null {
    const result = parse(at(column));
    if (!result.ok) return report(column, result.message), null;
    if (result.value === null && required) report(column, 'chưa nhập');
    return result.value;
  }
  return { at, read, report, failed: () => failed };
}

function place(r: ReturnType<typeof rowReader>, ref: HistoryReference) {
  const xaText = textCell(r.at('Xã/phường/đặc khu'));
  const areaText = textCell(r.at('Khu vực'));
  const xa = xaText ? ref.adminUnits.get(nameKey(xaText)) : undefined;
  if (xaText && !xa) r.report('Xã/phường/đặc khu', `không có xã/phường/đặc khu "${xaText}" trong danh mục của tỉnh`);
  const area = areaText ? (ref.areas.find((a) => nameKey(a) === nameKey(areaText)) ?? null) : (xa?.area ?? null);
  if (areaText && !area) r.report('Khu vực', `khu vực "${areaText}" không có trong danh mục (${ref.areas.join(', ') || 'chưa có khu vực'})`);
  if (xa && area && xa.area && xa.area !== area) r.report('Khu vực', `xã "${xaText}" thuộc ${xa.area}, không thuộc ${area}`);
  return { adminUnitId: xa?.id ?? null, area };
}

function content(r: ReturnType<typeof rowReader>, ref: HistoryReference, required = true): number | null {
  const code = textCell(r.at('Mã nội dung')).toUpperCase();
  if (!code) return required ? (r.report('Mã nội dung', 'chưa nhập (ví dụ KC03.4)'), null) : null;
  const id = ref.contents.get(code);
  if (id === undefined) r.report('Mã nội dung', `mã "${code}" không có trong danh mục nội dung khuyến công`);
  return id ?? null;
}

function money(r: ReturnType<typeof rowReader>): Money {
  const m = (column: string, required: boolean) => r.read(column, (c) => moneyCell(c, required ? null : 0n), required) ?? 0n;
  const result = { totalCostVnd: m('Tổng kinh phí (đồng)', true), stateSupportVnd: m('Hỗ trợ từ ngân sách (đồng)', true), counterpartVnd: m('Đối ứng (đồng)', false), otherFundingVnd: m('Nguồn khác (đồng)', false) };
  const parts = result.stateSupportVnd + result.counterpartVnd + result.otherFundingVnd;
  // A report's typed total may disagree with its parts: kept as written, shown with both values.
  if (!r.failed() && parts !== result.totalCostVnd) {
    r.report('Tổng kinh phí (đồng)', `tổng ghi ${result.totalCostVnd.toString()} khác tổng các nguồn ${parts.toString()}; giữ nguyên như văn bản`, 'warning');
  }
  return result;
}

function isBlank(raw: RawHistoryRow): boolean {
  return raw.cells.every(isEmptyCell);
}

export function parseHistoryRows(sheets: Record<HistorySheetKind, RawHistoryRow[]>, ref: HistoryReference): HistoryParseResult {
  const issues: HistoryIssue[] = [];
  const result: HistoryParseResult = { projects: [], aggregates: [], plans: [], issues, errors: 0, warnings: 0 };

  for (const raw of sheets.project.filter((x) => !isBlank(x))) {
    const r = rowReader('project', raw, issues);
    const year = r.read('Năm', yearCell, true);
    const fundingLevel = r.read('Nguồn', sourceCell, true);
    const contentCategoryId = content(r, ref);
    const where = place(r, ref);
    const name = textCell(r.at('Tên đề án'));
    if (!name) r.report('Tên đề án', 'chưa nhập');
    const taxCode = textCell(r.at('MST cơ sở')).replace(/\s/g, '');
    if (taxCode && !/^\d{10}(-\d{3})?$/.test(taxCode)) r.report('MST cơ sở', `"${taxCode}" không phải MST (10 số, hoặc 10 số-3 số)`);
    const stateText = textCell(r.at('Tình trạng'));
    const state = (Object.entries(HISTORY_STATES).find(([label]) => nameKey(label) === nameKey(stateText))?.[1] ?? null) as HistoryState | null;
    if (!state) r.report('Tình trạng', stateText ? `"${stateText}" phải là một trong: ${Object.keys(HISTORY_STATES).join(', ')}` : 'chưa nhập');
    const figures = money(r);
    if (r.failed() || year === null || fundingLevel === null || contentCategoryId === null || state === null) continue;
    result.projects.push({ rowNo: raw.row, year, fundingLevel, contentCategoryId, ...where, facilityTaxCode: taxCode || null, facilityName: textCell(r.at('Tên cơ sở')) || null, name, state, decisionNumbers: textCell(r.at('Số quyết định')) || null, ...figures });
  }

  for (const raw of sheets.aggregate.filter((x) => !isBlank(x))) {
    const r = rowReader('aggregate', raw, issues);
    const yearFrom = r.read('Từ năm', yearCell, true);
    const yearTo = r.read('Đến năm', yearCell, false) ?? yearFrom;
    if (yearFrom !== null && yearTo !== null && yearTo < yearFrom) r.report('Đến năm', `đến năm ${yearTo} trước từ năm ${yearFrom}`);
    const fundingLevel = r.read('Nguồn', sourceCell, true);
    // An old report may not say which content a line was (seed 004's yearly totals): kept unknown.
    const contentCategoryId = content(r, ref, false);
    const where = place(r, ref);
    const projectCount = r.read('Số đề án', (c) => countCell(c, null), true);
    const facilityCount = r.read('Số cơ sở', (c) => countCell(c, 0), false) ?? 0;
    const figures = money(r);
    if (r.failed() || yearFrom === null || yearTo === null || fundingLevel === null || projectCount === null) continue;
    result.aggregates.push({ rowNo: raw.row, yearFrom, yearTo, ...where, fundingLevel, contentCategoryId, label: textCell(r.at('Nội dung (như báo cáo ghi)')) || null, projectCount, facilityCount, ...figures });
  }

  for (const raw of sheets.plan.filter((x) => !isBlank(x))) {
    const r = rowReader('plan', raw, issues);
    const year = r.read('Năm', yearCell, true);
    const fundingLevel = r.read('Nguồn', sourceCell, false);
    const plannedProjects = r.read('Số đề án kế hoạch', (c) => countCell(c, null), true);
    const plannedVnd = r.read('Kinh phí kế hoạch (đồng)', (c) => moneyCell(c, null), true);
    const twin = result.plans.find((p) => p.year === year && p.fundingLevel === fundingLevel);
    if (twin) r.report('Năm', `kế hoạch năm ${year} (${fundingLevel ?? 'mọi nguồn'}) đã có ở dòng ${twin.rowNo}`);
    if (r.failed() || year === null || plannedProjects === null || plannedVnd === null) continue;
    result.plans.push({ rowNo: raw.row, year, fundingLevel, plannedProjects, plannedVnd });
  }

  issues.sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row);
  result.errors = issues.filter((i) => i.severity === 'error').length;
  result.warnings = issues.length - result.errors;
  if (result.projects.length + result.aggregates.length + result.plans.length === 0 && result.errors === 0) {
    issues.push({ sheet: 'aggregate', row: 0, column: null, severity: 'error', message: 'tệp không có dòng dữ liệu nào ở cả ba trang tính' });
    result.errors = 1;
  }
  return result;
}

export function historyIssueText(issue: HistoryIssue): string {
  const where = issue.row > 0 ? `Trang "${HISTORY_SHEET_NAMES[issue.sheet]}", dòng ${issue.row}` : 'Tệp';
  return `${where}${issue.column ? `, cột "${issue.column}"` : ''}: ${issue.message}`;
}
