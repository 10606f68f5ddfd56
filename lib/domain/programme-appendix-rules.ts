// Checks on a programme appendix, shared by the Excel import (located by row number) and the
// in-place table editor (located by "Mục II.7"). Blocking problems stop the save; a total that
// differs from the sum of its years is only a warning — that is how the approved paper can be.
import type { AppendixGroup, AppendixItem, ProgrammeAppendix } from './programme-appendix';
import { inconsistencyMessage, targetConsistency } from './programme-targets';
import { canonicalUnit } from './programme-units';

export type IssueSeverity = 'error' | 'warning';

export interface AppendixIssue {
  /** Spreadsheet row (1-based) when the appendix came from a file; null for the table editor. */
  row: number | null;
  /** Where, for people: "Dòng 12" or "Mục II.7". */
  where: string;
  /** Column header when the problem is in one cell ("ĐVT", "Năm 2027", "Tổng nội dung"). */
  column: string | null;
  severity: IssueSeverity;
  message: string;
}

/** Largest quantity a cell may hold (the column is a 32-bit integer; no appendix comes near). */
export const MAX_TARGET_QUANTITY = 1_000_000_000;
export const MAX_ITEM_NAME = 1000;

export function issueText(issue: AppendixIssue): string {
  return `${issue.where}${issue.column ? `, cột ${issue.column}` : ''}: ${issue.message}`;
}

export function countBySeverity(issues: readonly AppendixIssue[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const i of issues) if (i.severity === 'error') errors++;
  return { errors, warnings: issues.length - errors };
}

/** Where an item or group sits, as the caller wants it named in messages. */
export interface Located {
  row: number | null;
  where: string;
}

export function yearColumn(year: number): string {
  return `Năm ${year}`;
}

/** Per-item checks: name, unit, quantities, and the total-versus-years warning. */
export function checkItem(item: AppendixItem, years: readonly number[], at: Located): AppendixIssue[] {
  const issues: AppendixIssue[] = [];
  const add = (severity: IssueSeverity, column: string | null, message: string) => issues.push({ ...at, column, severity, message });
  if (!item.name.trim()) add('error', 'Nội dung', 'thiếu nội dung chỉ tiêu');
  if (item.name.length > MAX_ITEM_NAME) add('error', 'Nội dung', `nội dung dài quá ${MAX_ITEM_NAME} ký tự`);
  if (!item.unit || !item.unit.trim()) add('error', 'ĐVT', 'thiếu đơn vị tính');
  else if (!canonicalUnit(item.unit)) add('error', 'ĐVT', `đơn vị tính "${item.unit}" không có trong danh mục ĐVT`);
  if (item.values.length !== years.length) add('error', null, `có ${item.values.length} cột năm, bảng có ${years.length} năm`);
  item.values.forEach((v, i) => {
    if (v !== null && !isQuantity(v)) add('error', yearColumn(years[i] ?? 0), `số lượng phải là số nguyên từ 0 đến ${MAX_TARGET_QUANTITY}`);
  });
  if (item.statedTotal !== null && !isQuantity(item.statedTotal)) {
    add('error', 'Tổng nội dung', `tổng phải là số nguyên từ 0 đến ${MAX_TARGET_QUANTITY}`);
  }
  const consistency = targetConsistency(item);
  if (!consistency.consistent) add('warning', 'Tổng nội dung', `${inconsistencyMessage(consistency)}; giữ nguyên như văn bản`);
  return issues;
}

export function isQuantity(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= MAX_TARGET_QUANTITY;
}

/** Group codes unique in the appendix; item numbers and contents unique within their group. */
export function checkDuplicates(
  groups: readonly { group: AppendixGroup; at: Located; items: readonly { item: AppendixItem; at: Located }[] }[],
): AppendixIssue[] {
  const issues: AppendixIssue[] = [];
  const seenGroups = new Map<string, Located>();
  for (const g of groups) {
    const code = g.group.code.trim().toUpperCase();
    const first = seenGroups.get(code);
    if (first) issues.push({ ...g.at, column: 'TT', severity: 'error', message: `nhóm ${code} trùng với ${lower(first.where)}` });
    else seenGroups.set(code, g.at);
    if (!g.group.name.trim()) issues.push({ ...g.at, column: 'Nội dung', severity: 'error', message: 'thiếu tên nhóm' });
    const seenNo = new Map<string, Located>();
    const seenName = new Map<string, Located>();
    for (const { item, at } of g.items) {
      const no = item.itemNo.trim();
      const byNo = seenNo.get(no);
      if (byNo) issues.push({ ...at, column: 'TT', severity: 'error', message: `chỉ tiêu ${code}.${no} trùng số thứ tự với ${lower(byNo.where)}` });
      else seenNo.set(no, at);
      const nameKey = item.name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi-VN');
      const byName = nameKey ? seenName.get(nameKey) : undefined;
      if (byName) issues.push({ ...at, column: 'Nội dung', severity: 'error', message: `trùng nội dung với ${lower(byName.where)} trong nhóm ${code}` });
      else if (nameKey) seenName.set(nameKey, at);
    }
  }
  return issues;
}

function lower(where: string): string {
  return where.charAt(0).toLocaleLowerCase('vi-VN') + where.slice(1);
}

/**
 * Checks an appendix typed in the table editor (no row numbers). Items are named "Mục II.7".
 * Returns every problem; the caller refuses to save when any is an error.
 */
export function validateAppendix(appendix: ProgrammeAppendix): AppendixIssue[] {
  const issues: AppendixIssue[] = [];
  if (appendix.groups.length === 0) {
    issues.push({ row: null, where: 'Phụ lục', column: null, severity: 'error', message: 'chưa có nhóm nội dung nào' });
  }
  const located = appendix.groups.map((group) => ({
    group,
    at: { row: null, where: `Nhóm ${group.code}` },
    items: group.items.map((item) => ({ item, at: { row: null, where: `Mục ${group.code}.${item.itemNo}` } })),
  }));
  for (const g of located) {
    if (!/^[IVXLC]+$/.test(g.group.code)) issues.push({ ...g.at, column: 'TT', severity: 'error', message: 'mã nhóm phải là số La Mã (I, II, …)' });
    for (const { item, at } of g.items) {
      if (!/^\d+(\.\d+)*$/.test(item.itemNo)) issues.push({ ...at, column: 'TT', severity: 'error', message: 'số thứ tự phải là số (1, 2, …)' });
      issues.push(...checkItem(item, appendix.years, at));
    }
  }
  issues.push(...checkDuplicates(located));
  return issues;
}

/** Copy with every unit spelled as the ĐVT list spells it (after validation, so every unit is known). */
export function withCanonicalUnits(appendix: ProgrammeAppendix): ProgrammeAppendix {
  return {
    years: [...appendix.years],
    groups: appendix.groups.map((g) => ({
      code: g.code.trim().toUpperCase(),
      name: g.name.trim(),
      items: g.items.map((i) => ({ ...i, itemNo: i.itemNo.trim(), name: i.name.trim(), unit: canonicalUnit(i.unit) ?? i.unit, values: [...i.values] })),
    })),
  };
}
