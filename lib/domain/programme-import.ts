// Turns the rows read from an appendix sheet into a ProgrammeAppendix and a preview that lists
// every row with its problems by row number. Pure: the Excel reading is in
// lib/server/programmes/appendix-excel.ts, which hands over plain cell values.
import type { AppendixGroup, AppendixItem, ProgrammeAppendix } from './programme-appendix';
import { type AppendixIssue, checkDuplicates, checkItem, countBySeverity, type Located, yearColumn } from './programme-appendix-rules';
import { isRomanNumeral, sumOfYears } from './programme-targets';
import { canonicalUnit } from './programme-units';

/** A cell as the reader hands it over: a number, a trimmed non-empty text, or null for empty. */
export type SheetCell = string | number | null;

export interface RawAppendixRow {
  row: number;
  tt: SheetCell;
  name: SheetCell;
  unit: SheetCell;
  values: SheetCell[];
  total: SheetCell;
}

export interface RawAppendixSheet {
  sheetName: string;
  years: number[];
  rows: RawAppendixRow[];
}

export interface AppendixPreviewRow {
  row: number;
  kind: 'group' | 'item' | 'invalid';
  tt: string;
  name: string;
  unit: string | null;
  /** As read: a number, the offending text, or null (not planned). */
  values: SheetCell[];
  statedTotal: SheetCell;
  sumOfYears: number | null;
  issues: AppendixIssue[];
}

export interface AppendixParseResult {
  appendix: ProgrammeAppendix;
  rows: AppendixPreviewRow[];
  issues: AppendixIssue[];
  errors: number;
  warnings: number;
}

/** Marks Vietnamese typists use for "none" in a number cell; read as an empty cell. */
const EMPTY_MARKS = new Set(['-', '–', '—']);

type Parsed = { ok: true; value: number | null } | { ok: false; message: string };

/** A quantity cell: empty, a whole number, or text written as one ("12", "1.200"). */
export function parseQuantityCell(cell: SheetCell): Parsed {
  if (cell === null || (typeof cell === 'string' && EMPTY_MARKS.has(cell))) return { ok: true, value: null };
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return { ok: false, message: 'không phải là số' };
    if (cell < 0) return { ok: false, message: `số âm (${cell}) không hợp lệ` };
    if (!Number.isInteger(cell)) return { ok: false, message: `${String(cell).replace('.', ',')} không phải số nguyên` };
    return { ok: true, value: cell };
  }
  if (cell.startsWith('=')) return { ok: false, message: `công thức "${cell}" chưa có kết quả; hãy mở tệp bằng Excel và lưu lại` };
  const text = cell.replace(/[\s\u00a0]/g, '');
  if (/^\d+$/.test(text) || /^\d{1,3}(\.\d{3})+$/.test(text)) return { ok: true, value: Number(text.replace(/\./g, '')) };
  return { ok: false, message: `"${cell}" không phải là số` };
}

function text(cell: SheetCell): string {
  return cell === null ? '' : String(cell).trim();
}

function ttOf(cell: SheetCell): string {
  // "1." and "II." are common in typed tables; the dot carries no meaning.
  return text(cell).replace(/\.$/, '');
}

export function parseAppendixRows(sheet: RawAppendixSheet): AppendixParseResult {
  const groups: { group: AppendixGroup; at: Located; items: { item: AppendixItem; at: Located }[] }[] = [];
  const rows: AppendixPreviewRow[] = [];
  const years = sheet.years;

  for (const raw of sheet.rows) {
    const isEmpty = [raw.tt, raw.name, raw.unit, raw.total, ...raw.values].every((c) => c === null);
    if (isEmpty) continue;
    const at: Located = { row: raw.row, where: `Dòng ${raw.row}` };
    const issues: AppendixIssue[] = [];
    const err = (column: string | null, message: string) => issues.push({ ...at, column, severity: 'error', message });
    const tt = ttOf(raw.tt);
    const name = text(raw.name);
    const preview: AppendixPreviewRow = {
      row: raw.row,
      kind: 'invalid',
      tt,
      name,
      unit: raw.unit === null ? null : text(raw.unit),
      values: raw.values,
      statedTotal: raw.total,
      sumOfYears: null,
      issues,
    };
    rows.push(preview);

    if (isRomanNumeral(tt.toUpperCase())) {
      preview.kind = 'group';
      const hasFigures = raw.unit !== null || raw.total !== null || raw.values.some((v) => v !== null);
      if (hasFigures) err(null, 'dòng nhóm chỉ ghi mã và tên nhóm, không ghi ĐVT hay số liệu');
      const group: AppendixGroup = { code: tt.toUpperCase(), name, items: [] };
      groups.push({ group, at, items: [] });
      continue;
    }
    if (!/^\d+(\.\d+)*$/.test(tt)) {
      err('TT', tt ? `"${tt}" không phải mã nhóm (I, II, …) hay số thứ tự chỉ tiêu (1, 2, …)` : 'thiếu số thứ tự (TT)');
      continue;
    }
    preview.kind = 'item';
    const current = groups.at(-1);
    if (!current) err('TT', 'chỉ tiêu nằm trước dòng nhóm đầu tiên (I, II, …)');

    const values: (number | null)[] = [];
    let cellsOk = true;
    raw.values.forEach((cell, i) => {
      const parsed = parseQuantityCell(cell);
      if (parsed.ok) values.push(parsed.value);
      else {
        cellsOk = false;
        values.push(null);
        err(yearColumn(years[i] ?? 0), parsed.message);
      }
    });
    const total = parseQuantityCell(raw.total);
    if (!total.ok) {
      cellsOk = false;
      err('Tổng nội dung', total.message);
    }
    const item: AppendixItem = {
      itemNo: tt,
      name,
      unit: raw.unit === null ? null : (canonicalUnit(text(raw.unit)) ?? text(raw.unit)),
      values,
      statedTotal: total.ok ? total.value : null,
    };
    preview.sumOfYears = sumOfYears(values);
    // The total-versus-years warning means nothing when a cell could not be read.
    const itemIssues = checkItem(item, years, at).filter((i) => cellsOk || i.severity === 'error');
    issues.push(...itemIssues);
    if (current) current.items.push({ item, at });
  }

  const general: AppendixIssue[] = [];
  if (groups.length === 0) {
    general.push({ row: null, where: `Trang tính "${sheet.sheetName}"`, column: null, severity: 'error', message: 'không có dòng nhóm (I, II, …) nào dưới dòng tiêu đề' });
  }
  for (const issue of checkDuplicates(groups)) rows.find((r) => r.row === issue.row)?.issues.push(issue);

  const issues = [...general, ...rows.flatMap((r) => r.issues)];
  for (const g of groups) g.group.items = g.items.map((i) => i.item);
  return {
    appendix: { years: [...years], groups: groups.map((g) => g.group) },
    rows,
    issues,
    ...countBySeverity(issues),
  };
}
