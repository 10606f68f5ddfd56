// What changed between two submitted versions of a plan. Each submit stores a snapshot
// (AnnualPlanVersion.snapshot); the reviewer sees, per proposal, which fields the author changed.
import { formatVnd } from './money';

/** One proposal as submitted. Money is a decimal string (JSON has no bigint). */
export interface PlanSnapshotItem {
  id: number;
  name: string;
  contentCategory: string;
  programmeTarget: string | null;
  targetQuantity: number | null;
  fundingLevel: string;
  adminUnit: string | null;
  place: string | null;
  expectedOutputs: string | null;
  totalCostVnd: string;
  requestedSupportVnd: string;
  counterpartVnd: string;
  otherFundingVnd: string;
  beneficiaries: string[];
}

export interface PlanSnapshot {
  version: number;
  items: PlanSnapshotItem[];
}

export interface FieldChange {
  label: string;
  before: string;
  after: string;
}

export type ItemDiff =
  | { kind: 'added'; itemId: number; name: string }
  | { kind: 'removed'; itemId: number; name: string }
  | { kind: 'changed'; itemId: number; name: string; changes: FieldChange[] };

const money = (value: string) => formatVnd(BigInt(value));
const text = (value: string | number | null) => (value === null || value === '' ? '—' : String(value));

const FIELDS: { label: string; show: (item: PlanSnapshotItem) => string }[] = [
  { label: 'Tên đề án', show: (i) => i.name },
  { label: 'Nội dung', show: (i) => i.contentCategory },
  { label: 'Chỉ tiêu chương trình', show: (i) => text(i.programmeTarget) },
  { label: 'Số lượng theo chỉ tiêu', show: (i) => text(i.targetQuantity) },
  { label: 'Nguồn kinh phí', show: (i) => i.fundingLevel },
  { label: 'Địa bàn', show: (i) => text(i.adminUnit) },
  { label: 'Địa điểm', show: (i) => text(i.place) },
  { label: 'Kết quả dự kiến', show: (i) => text(i.expectedOutputs) },
  { label: 'Tổng kinh phí', show: (i) => money(i.totalCostVnd) },
  { label: 'Kinh phí đề nghị hỗ trợ', show: (i) => money(i.requestedSupportVnd) },
  { label: 'Vốn đối ứng', show: (i) => money(i.counterpartVnd) },
  { label: 'Nguồn khác', show: (i) => money(i.otherFundingVnd) },
  { label: 'Cơ sở thụ hưởng', show: (i) => (i.beneficiaries.length ? [...i.beneficiaries].sort().join('; ') : '—') },
];

/** Proposals added, removed or changed from `before` to `after`, in the order of `after` (removed last). */
export function diffPlanSnapshots(before: PlanSnapshot, after: PlanSnapshot): ItemDiff[] {
  const old = new Map(before.items.map((i) => [i.id, i]));
  const diffs: ItemDiff[] = [];
  for (const item of after.items) {
    const previous = old.get(item.id);
    if (!previous) {
      diffs.push({ kind: 'added', itemId: item.id, name: item.name });
      continue;
    }
    const changes = FIELDS.map((f) => ({ label: f.label, before: f.show(previous), after: f.show(item) })).filter((c) => c.before !== c.after);
    if (changes.length) diffs.push({ kind: 'changed', itemId: item.id, name: item.name, changes });
  }
  const kept = new Set(after.items.map((i) => i.id));
  for (const item of before.items) if (!kept.has(item.id)) diffs.push({ kind: 'removed', itemId: item.id, name: item.name });
  return diffs;
}

/** Reads a stored snapshot; a malformed one (never written by this code) is an error, not an empty diff. */
export function parsePlanSnapshot(value: unknown): PlanSnapshot {
  if (!value || typeof value !== 'object' || !Array.isArray((value as PlanSnapshot).items)) {
    throw new Error('Malformed plan snapshot');
  }
  return value as PlanSnapshot;
}
