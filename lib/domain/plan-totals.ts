// Totals of the city's yearly plan: by source (KCQG / KCĐP), by content group and by area.
// The one place these sums are made: the consolidation screen, the budget screen and both Excel
// exports call `computePlanTotals`, so the figures a person reads agree everywhere.
import type { ProgrammeLevel } from '@/prisma/generated/client/enums';
import { sumVnd, type Vnd } from './money';

export interface TotalsInputItem {
  fundingLevel: ProgrammeLevel;
  /** Group I–VI of the programme target, when the item names one. */
  programmeGroup: { code: string; name: string } | null;
  contentCategory: { code: string; name: string };
  /** AdminUnit.formerArea of the place (Phía Đông / Phía Tây), null when unknown. */
  area: string | null;
  beneficiaryCount: number;
  totalCostVnd: Vnd;
  requestedSupportVnd: Vnd;
  counterpartVnd: Vnd;
  otherFundingVnd: Vnd;
  /** Set by Sở Tài chính on KCĐP items; null until then and for KCQG items. */
  approvedSupportVnd: Vnd | null;
}

export interface MoneyTotals {
  items: number;
  facilities: number;
  totalCostVnd: Vnd;
  requestedSupportVnd: Vnd;
  counterpartVnd: Vnd;
  otherFundingVnd: Vnd;
  approvedSupportVnd: Vnd;
  /** Items whose approved amount is still unset (they add nothing to approvedSupportVnd). */
  awaitingApproval: number;
}

export interface GroupTotals extends MoneyTotals {
  key: string;
  label: string;
}

export interface SourceTotals {
  source: ProgrammeLevel;
  totals: MoneyTotals;
  byGroup: GroupTotals[];
  byArea: GroupTotals[];
}

export interface PlanTotals {
  all: MoneyTotals;
  bySource: Record<ProgrammeLevel, SourceTotals>;
}

export const UNKNOWN_AREA = 'Chưa xác định địa bàn';

const ROMAN_ORDER = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/**
 * Content group of an item: the programme group (I–VI) of its target, else the top-level content
 * category (KC03 for KC03.4) — an item without a target still lands in a meaningful row.
 */
export function contentGroupOf(item: Pick<TotalsInputItem, 'programmeGroup' | 'contentCategory'>): { key: string; label: string; sort: string } {
  if (item.programmeGroup) {
    const rank = ROMAN_ORDER.indexOf(item.programmeGroup.code);
    return {
      key: `G:${item.programmeGroup.code}`,
      label: `Nhóm ${item.programmeGroup.code}. ${item.programmeGroup.name}`,
      sort: `0${String(rank < 0 ? 99 : rank).padStart(2, '0')}${item.programmeGroup.code}`,
    };
  }
  const root = item.contentCategory.code.split('.')[0] ?? item.contentCategory.code;
  return { key: `C:${root}`, label: `Nội dung ${root}`, sort: `1${root}` };
}

function emptyTotals(): MoneyTotals {
  return {
    items: 0,
    facilities: 0,
    totalCostVnd: 0n,
    requestedSupportVnd: 0n,
    counterpartVnd: 0n,
    otherFundingVnd: 0n,
    approvedSupportVnd: 0n,
    awaitingApproval: 0,
  };
}

/** Sums a list of items; every total in this module is built from this function. */
export function sumItems(items: readonly TotalsInputItem[]): MoneyTotals {
  if (items.length === 0) return emptyTotals();
  return {
    items: items.length,
    facilities: items.reduce((n, i) => n + i.beneficiaryCount, 0),
    totalCostVnd: sumVnd(items.map((i) => i.totalCostVnd)),
    requestedSupportVnd: sumVnd(items.map((i) => i.requestedSupportVnd)),
    counterpartVnd: sumVnd(items.map((i) => i.counterpartVnd)),
    otherFundingVnd: sumVnd(items.map((i) => i.otherFundingVnd)),
    approvedSupportVnd: sumVnd(items.map((i) => i.approvedSupportVnd)),
    awaitingApproval: items.filter((i) => i.approvedSupportVnd === null).length,
  };
}

function groupBy(items: readonly TotalsInputItem[], keyOf: (i: TotalsInputItem) => { key: string; label: string; sort: string }): GroupTotals[] {
  const buckets = new Map<string, { label: string; sort: string; items: TotalsInputItem[] }>();
  for (const item of items) {
    const k = keyOf(item);
    const bucket = buckets.get(k.key) ?? { label: k.label, sort: k.sort, items: [] };
    bucket.items.push(item);
    buckets.set(k.key, bucket);
  }
  return [...buckets.entries()]
    .sort(([, a], [, b]) => a.sort.localeCompare(b.sort, 'vi'))
    .map(([key, bucket]) => ({ key, label: bucket.label, ...sumItems(bucket.items) }));
}

function areaOf(item: TotalsInputItem) {
  const label = item.area ?? UNKNOWN_AREA;
  // Named areas in Vietnamese alphabetical order, the unknown area last.
  return { key: label, label, sort: `${item.area ? 0 : 1}${label}` };
}

function sourceTotals(source: ProgrammeLevel, items: readonly TotalsInputItem[]): SourceTotals {
  const own = items.filter((i) => i.fundingLevel === source);
  return { source, totals: sumItems(own), byGroup: groupBy(own, contentGroupOf), byArea: groupBy(own, areaOf) };
}

export function computePlanTotals(items: readonly TotalsInputItem[]): PlanTotals {
  return {
    all: sumItems(items),
    bySource: { KCQG: sourceTotals('KCQG', items), KCDP: sourceTotals('KCDP', items) },
  };
}
