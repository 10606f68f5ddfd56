// Điều chỉnh đề án: a snapshot of the đề án before and after (JSON-safe: money as strings, dates
// as yyyy-mm-dd), the field-by-field difference people read, the kinds of change and the scale.
// DOMAIN.md: large changes — higher total, new activity, extension into next year, stop — need the
// plan's approver; small ones — place, beneficiary, timing within the year, same or lower total —
// the Sở Công Thương [PARAM mapping].
import type { AmendmentKind, AmendmentScale } from '@/prisma/generated/client/enums';
import { normalizeForMatch } from './duplicate-support';
import { formatDate } from './format';
import { formatVnd } from './money';

export interface SnapshotCostLine {
  item: string;
  unit: string;
  quantity: string;
  unitPriceVnd: string;
  amountVnd: string;
  stateSupportVnd: string;
  counterpartVnd: string;
  otherVnd: string;
  facilityId: number | null;
}

export interface ProjectSnapshot {
  name: string;
  place: string | null;
  adminUnitId: number | null;
  adminUnitName: string | null;
  startDate: string | null;
  endDate: string | null;
  description: string | null;
  expectedOutputs: string | null;
  targetQuantity: number | null;
  totalCostVnd: string;
  stateSupportVnd: string;
  counterpartVnd: string;
  otherFundingVnd: string;
  approvedSupportVnd: string | null;
  beneficiaries: { facilityId: number; name: string; equipment: string | null }[];
  costLines: SnapshotCostLine[];
}

export const AMENDMENT_KIND_LABELS: Record<AmendmentKind, string> = {
  AMOUNT: 'Kinh phí',
  CONTENT: 'Nội dung',
  PLACE: 'Địa điểm',
  BENEFICIARY: 'Cơ sở thụ hưởng',
  TIME: 'Thời gian',
  STOP: 'Dừng thực hiện',
};

export const AMENDMENT_SCALE_LABELS: Record<AmendmentScale, string> = {
  LARGE: 'Điều chỉnh lớn (cấp phê duyệt kế hoạch)',
  SMALL: 'Điều chỉnh nhỏ (Sở Công Thương)',
};

type ScalarKey = Exclude<keyof ProjectSnapshot, 'beneficiaries' | 'costLines' | 'adminUnitId'>;

type FieldFormat = 'text' | 'date' | 'money';

/**
 * The đề án's fields an amendment compares, grouped by the kind of change a difference in them makes;
 * each kind is shown one way (times as dates, amounts as money).
 */
const FIELD_GROUPS: { kind: AmendmentKind; format: FieldFormat; labels: Partial<Record<ScalarKey, string>> }[] = [
  {
    kind: 'CONTENT',
    format: 'text',
    labels: { name: 'Tên đề án', description: 'Mô tả', expectedOutputs: 'Sản phẩm dự kiến', targetQuantity: 'Số lượng tính vào chỉ tiêu' },
  },
  { kind: 'PLACE', format: 'text', labels: { adminUnitName: 'Xã/phường/đặc khu', place: 'Địa điểm' } },
  { kind: 'TIME', format: 'date', labels: { startDate: 'Ngày bắt đầu', endDate: 'Ngày kết thúc' } },
  {
    kind: 'AMOUNT',
    format: 'money',
    labels: {
      totalCostVnd: 'Tổng kinh phí',
      stateSupportVnd: 'Ngân sách hỗ trợ',
      counterpartVnd: 'Vốn đối ứng',
      otherFundingVnd: 'Nguồn khác',
      approvedSupportVnd: 'Hỗ trợ được duyệt',
    },
  },
];

const FIELDS = FIELD_GROUPS.flatMap(({ kind, format, labels }) =>
  (Object.entries(labels) as [ScalarKey, string][]).map(([key, label]) => ({ key, label, kind, format })),
);

export interface FieldChange {
  label: string;
  before: string;
  after: string;
}

function show(value: string | number | null | undefined, format: FieldFormat): string {
  // A field absent from a stored snapshot (older or hand-entered rows keep only what changed) is empty.
  if (value === null || value === undefined || value === '') return '—';
  if (format === 'money') return formatVnd(BigInt(value));
  if (format === 'date') return formatDate(`${value}T00:00:00Z`);
  return String(value);
}

function describeLine(l: SnapshotCostLine): string {
  return `${l.quantity.replace('.', ',')} ${l.unit} × ${formatVnd(BigInt(l.unitPriceVnd))} = ${formatVnd(BigInt(l.amountVnd))}; NS ${formatVnd(BigInt(l.stateSupportVnd))}, đối ứng ${formatVnd(BigInt(l.counterpartVnd))}, khác ${formatVnd(BigInt(l.otherVnd))}`;
}

function lineKey(l: SnapshotCostLine): string {
  return normalizeForMatch(l.item);
}

/** Field-by-field difference, then beneficiaries and cost lines (matched by item name). */
export function diffSnapshots(before: ProjectSnapshot, after: ProjectSnapshot): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const f of FIELDS) {
    const [b, a] = [show(before[f.key], f.format), show(after[f.key], f.format)];
    if (b !== a) changes.push({ label: f.label, before: b, after: a });
  }
  const beneficiaries = (s: ProjectSnapshot) => (s.beneficiaries ?? []).map((x) => (x.equipment ? `${x.name} (${x.equipment})` : x.name)).join('; ') || '—';
  if (beneficiaries(before) !== beneficiaries(after)) changes.push({ label: 'Cơ sở thụ hưởng', before: beneficiaries(before), after: beneficiaries(after) });
  const beforeLines = new Map((before.costLines ?? []).map((l) => [lineKey(l), l]));
  const afterLines = new Map((after.costLines ?? []).map((l) => [lineKey(l), l]));
  for (const [key, b] of beforeLines) {
    const a = afterLines.get(key);
    if (!a) changes.push({ label: `Dự toán: ${b.item}`, before: describeLine(b), after: '(bỏ)' });
    else if (describeLine(a) !== describeLine(b) || a.facilityId !== b.facilityId) changes.push({ label: `Dự toán: ${b.item}`, before: describeLine(b), after: describeLine(a) });
  }
  for (const [key, a] of afterLines) {
    if (!beforeLines.has(key)) changes.push({ label: `Dự toán: ${a.item}`, before: '(chưa có)', after: describeLine(a) });
  }
  return changes;
}

/** Which kinds of change an amendment makes; STOP when it asks to stop the đề án. */
export function amendmentKinds(before: ProjectSnapshot, after: ProjectSnapshot, stop: boolean): AmendmentKind[] {
  if (stop) return ['STOP'];
  const kinds = new Set<AmendmentKind>();
  for (const f of FIELDS) if (String(before[f.key] ?? '') !== String(after[f.key] ?? '')) kinds.add(f.kind);
  if (before.adminUnitId !== after.adminUnitId) kinds.add('PLACE');
  const ben = (s: ProjectSnapshot) => JSON.stringify(s.beneficiaries.map((b) => [b.facilityId, b.equipment ?? '']).sort());
  if (ben(before) !== ben(after)) kinds.add('BENEFICIARY');
  const items = (s: ProjectSnapshot) => s.costLines.map(lineKey).sort().join('|');
  if (items(before) !== items(after)) kinds.add('CONTENT');
  const lines = (s: ProjectSnapshot) => JSON.stringify(s.costLines);
  if (lines(before) !== lines(after) && !kinds.has('CONTENT')) kinds.add('AMOUNT');
  const order: AmendmentKind[] = ['AMOUNT', 'CONTENT', 'PLACE', 'BENEFICIARY', 'TIME', 'STOP'];
  return order.filter((k) => kinds.has(k));
}

/** LARGE or SMALL, with the reasons in words (shown next to the request). */
export function amendmentScale(before: ProjectSnapshot, after: ProjectSnapshot, kinds: readonly AmendmentKind[], projectYear: number): { scale: AmendmentScale; reasons: string[] } {
  const reasons: string[] = [];
  if (kinds.includes('STOP')) reasons.push('dừng thực hiện đề án');
  if (BigInt(after.totalCostVnd) > BigInt(before.totalCostVnd) || BigInt(after.stateSupportVnd) > BigInt(before.stateSupportVnd)) {
    reasons.push('tăng tổng kinh phí hoặc ngân sách hỗ trợ');
  }
  const beforeItems = new Set(before.costLines.map(lineKey));
  const added = after.costLines.filter((l) => !beforeItems.has(lineKey(l)));
  if (added.length > 0) reasons.push(`thêm hoạt động mới: ${added.map((l) => l.item).join(', ')}`);
  const endYear = after.endDate ? Number(after.endDate.slice(0, 4)) : null;
  if (endYear !== null && endYear > projectYear && after.endDate !== before.endDate) reasons.push(`kéo dài sang năm ${endYear}`);
  return { scale: reasons.length > 0 ? 'LARGE' : 'SMALL', reasons };
}
