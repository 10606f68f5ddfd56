// What changed between two versions of a programme appendix, in words people read on the
// amendment list and in the import preview ("Mục II.7 — Năm 2027: 3 → 4"). Rows are matched by
// group code and item number, as on paper.
import type { AppendixItem, ProgrammeAppendix } from './programme-appendix';

export interface AppendixChange {
  /** "II" for a group, "II.7" for an item. */
  key: string;
  kind: 'added' | 'removed' | 'changed';
  details: string[];
}

function show(value: number | string | null): string {
  return value === null || value === '' ? '(trống)' : String(value);
}

function itemDetails(before: AppendixItem, after: AppendixItem, beforeYears: number[], afterYears: number[]): string[] {
  const details: string[] = [];
  if (before.name !== after.name) details.push('Nội dung đã sửa');
  if (before.unit !== after.unit) details.push(`ĐVT: ${show(before.unit)} → ${show(after.unit)}`);
  const years = [...new Set([...beforeYears, ...afterYears])].sort((a, b) => a - b);
  for (const year of years) {
    const b = before.values[beforeYears.indexOf(year)] ?? null;
    const a = after.values[afterYears.indexOf(year)] ?? null;
    if (a !== b) details.push(`Năm ${year}: ${show(b)} → ${show(a)}`);
  }
  if (before.statedTotal !== after.statedTotal) details.push(`Tổng nội dung: ${show(before.statedTotal)} → ${show(after.statedTotal)}`);
  return details;
}

export function diffAppendix(before: ProgrammeAppendix, after: ProgrammeAppendix): AppendixChange[] {
  const changes: AppendixChange[] = [];
  const beforeGroups = new Map(before.groups.map((g) => [g.code, g]));
  const afterCodes = new Set(after.groups.map((g) => g.code));
  for (const group of after.groups) {
    const old = beforeGroups.get(group.code);
    if (!old) changes.push({ key: group.code, kind: 'added', details: [group.name] });
    else if (old.name !== group.name) changes.push({ key: group.code, kind: 'changed', details: ['Tên nhóm đã sửa'] });
    const oldItems = new Map((old?.items ?? []).map((i) => [i.itemNo, i]));
    const newNos = new Set(group.items.map((i) => i.itemNo));
    for (const item of group.items) {
      const key = `${group.code}.${item.itemNo}`;
      const prev = oldItems.get(item.itemNo);
      if (!prev) changes.push({ key, kind: 'added', details: [item.name] });
      else {
        const details = itemDetails(prev, item, before.years, after.years);
        if (details.length) changes.push({ key, kind: 'changed', details });
      }
    }
    for (const prev of old?.items ?? []) {
      if (!newNos.has(prev.itemNo)) changes.push({ key: `${group.code}.${prev.itemNo}`, kind: 'removed', details: [prev.name] });
    }
  }
  for (const old of before.groups) {
    if (!afterCodes.has(old.code)) changes.push({ key: old.code, kind: 'removed', details: [old.name] });
  }
  return changes;
}

export const CHANGE_KIND_LABELS: Record<AppendixChange['kind'], string> = { added: 'Thêm', removed: 'Bỏ', changed: 'Sửa' };

/** One line per change: "Sửa II.7 — Năm 2027: 3 → 4; Tổng nội dung: 25 → 16". */
export function describeChange(change: AppendixChange): string {
  return `${CHANGE_KIND_LABELS[change.kind]} ${change.key} — ${change.details.join('; ')}`;
}
