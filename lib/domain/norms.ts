// Mức chi (spending norms): which norm is in force, and whether a đề án's support stays within it.
// The figures are data (SpendingNorm rows); this module holds the one way they are applied.
// Rounding: a share cap is rounded down to the đồng (shareOfVnd), so rounding never raises a cap.
// The priority multiplier (địa bàn ưu tiên) raises the ceiling in đồng only, never the share of cost.
import type { FundingSource, NormCeilingScope, ProgrammeLevel } from '@/prisma/generated/client/enums';
import { formatDate, formatNumber } from './format';
import { formatBasisPoints } from './percent';
import { formatVnd, minVnd, shareOfVnd, sumVnd, type Vnd } from './money';

export interface NormRule {
  id: number;
  provinceId: number | null;
  contentCategoryId: number;
  fundingSource: FundingSource;
  maxShareBp: number | null;
  ceilingVnd: Vnd | null;
  ceilingScope: NormCeilingScope;
  priorityMultiplierBp: number | null;
  legalBasis: string;
  validFrom: Date;
  validTo: Date | null;
  note?: string | null;
}

export const CEILING_SCOPE_LABELS: Record<NormCeilingScope, string> = {
  PER_PROJECT: 'mỗi đề án',
  PER_FACILITY: 'mỗi cơ sở',
  PER_ROUND: 'mỗi đợt',
};

/** The funding source whose norm applies to a đề án of this level. */
export function normSourceOf(level: ProgrammeLevel): FundingSource {
  return level === 'KCQG' ? 'KCQG' : 'KCDP';
}


function isInForce(norm: NormRule, on: Date): boolean {
  const day = on.toISOString().slice(0, 10);
  const from = norm.validFrom.toISOString().slice(0, 10);
  const to = norm.validTo?.toISOString().slice(0, 10);
  return from <= day && (to === undefined || day <= to);
}

/**
 * The norm in force on a date for a content category (most specific first: the category, then its
 * parents) and source. A province's own norm wins over the national one; then the latest validFrom;
 * when two norms still tie (e.g. regional and national rounds of a contest), the lower cap applies.
 */
export function selectNormInForce(
  norms: readonly NormRule[],
  query: { categoryIds: readonly number[]; fundingSource: FundingSource; provinceId: number; on: Date },
): NormRule | null {
  const candidates = norms.filter(
    (n) =>
      query.categoryIds.includes(n.contentCategoryId) &&
      n.fundingSource === query.fundingSource &&
      (n.provinceId === null || n.provinceId === query.provinceId) &&
      isInForce(n, query.on),
  );
  const rank = (n: NormRule) => [
    query.categoryIds.indexOf(n.contentCategoryId),
    n.provinceId === null ? 1 : 0,
    -n.validFrom.getTime(),
  ];
  candidates.sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
    const ca = a.ceilingVnd ?? BigInt(Number.MAX_SAFE_INTEGER);
    const cb = b.ceilingVnd ?? BigInt(Number.MAX_SAFE_INTEGER);
    return ca < cb ? -1 : ca > cb ? 1 : a.id - b.id;
  });
  return candidates[0] ?? null;
}

/** The ceiling in đồng after the priority multiplier, or null when the norm has none. */
export function effectiveCeiling(norm: NormRule, priorityArea: boolean): Vnd | null {
  if (norm.ceilingVnd === null) return null;
  if (priorityArea && norm.priorityMultiplierBp) return shareOfVnd(norm.ceilingVnd, norm.priorityMultiplierBp);
  return norm.ceilingVnd;
}

/** The norm in words, e.g. "50 % chi phí, tối đa 300.000.000 ₫ mỗi cơ sở". */
export function describeNorm(norm: NormRule, priorityArea = false): string {
  const parts: string[] = [];
  if (norm.maxShareBp !== null) parts.push(`${formatBasisPoints(norm.maxShareBp)} % chi phí`);
  const ceiling = effectiveCeiling(norm, priorityArea);
  if (ceiling !== null) {
    const priority = priorityArea && norm.priorityMultiplierBp ? ` (địa bàn ưu tiên: ${formatNumber(norm.priorityMultiplierBp / 10_000)} lần)` : '';
    parts.push(`tối đa ${formatVnd(ceiling)} ${CEILING_SCOPE_LABELS[norm.ceilingScope]}${priority}`);
  }
  return parts.join(', ') || 'không quy định mức tối đa';
}

/** "Thông tư 28/2018/TT-BTC, Điều 8 (hiệu lực từ 15/05/2018)". */
export function citeNorm(norm: NormRule): string {
  const validity = norm.validTo ? `từ ${formatDate(norm.validFrom)} đến ${formatDate(norm.validTo)}` : `từ ${formatDate(norm.validFrom)}`;
  return `${norm.legalBasis} (hiệu lực ${validity})`;
}

export interface NormCostLine {
  facilityId: number | null;
  amountVnd: Vnd;
  stateSupportVnd: Vnd;
}

export interface NormFacility {
  id: number;
  name: string;
}

export interface NormShare {
  /** null: the đề án as a whole. */
  facilityId: number | null;
  name: string;
  costVnd: Vnd;
  supportVnd: Vnd;
  capVnd: Vnd | null;
}

export interface NormViolation extends NormShare {
  capVnd: Vnd;
  message: string;
}

export interface NormCheck {
  norm: NormRule;
  description: string;
  shares: NormShare[];
  violations: NormViolation[];
}

function capFor(norm: NormRule, cost: Vnd, ceiling: Vnd | null): Vnd | null {
  const shareCap = norm.maxShareBp === null ? null : shareOfVnd(cost, norm.maxShareBp);
  if (shareCap === null) return ceiling;
  return ceiling === null ? shareCap : minVnd(shareCap, ceiling);
}

/**
 * Checks the support of a đề án against a norm. PER_FACILITY norms are checked for each facility
 * (its own cost lines; lines without a facility belong to the only beneficiary of a single đề án,
 * or are shared costs of a group đề án) and for the whole (share of total cost, ceiling × number of
 * facilities). PER_PROJECT and PER_ROUND norms are checked for the whole đề án.
 */
export function checkSupportAgainstNorm(input: {
  norm: NormRule;
  priorityArea: boolean;
  facilities: readonly NormFacility[];
  lines: readonly NormCostLine[];
}): NormCheck {
  const { norm, facilities, lines } = input;
  const description = describeNorm(norm, input.priorityArea);
  const ceiling = effectiveCeiling(norm, input.priorityArea);
  const shares: NormShare[] = [];
  const single = facilities.length === 1 ? facilities[0]!.id : null;
  const ownerOf = (line: NormCostLine) => line.facilityId ?? single;

  if (norm.ceilingScope === 'PER_FACILITY') {
    for (const facility of facilities) {
      const own = lines.filter((l) => ownerOf(l) === facility.id);
      const cost = sumVnd(own.map((l) => l.amountVnd));
      shares.push({ facilityId: facility.id, name: facility.name, costVnd: cost, supportVnd: sumVnd(own.map((l) => l.stateSupportVnd)), capVnd: capFor(norm, cost, ceiling) });
    }
  }
  const totalCost = sumVnd(lines.map((l) => l.amountVnd));
  const totalCeiling = ceiling !== null && norm.ceilingScope === 'PER_FACILITY' ? ceiling * BigInt(Math.max(1, facilities.length)) : ceiling;
  // For a single-facility đề án under a per-facility norm, the facility row already says it all.
  if (!(norm.ceilingScope === 'PER_FACILITY' && facilities.length === 1)) {
    shares.push({ facilityId: null, name: 'Toàn đề án', costVnd: totalCost, supportVnd: sumVnd(lines.map((l) => l.stateSupportVnd)), capVnd: capFor(norm, totalCost, totalCeiling) });
  }

  const violations: NormViolation[] = [];
  for (const share of shares) {
    if (share.capVnd === null || share.supportVnd <= share.capVnd) continue;
    const who = share.facilityId === null ? 'của đề án' : `cho cơ sở ${share.name}`;
    const message =
      `Hỗ trợ ${formatVnd(share.supportVnd)} ${who} vượt mức chi tối đa ${formatVnd(share.capVnd)} ` +
      `(${description}) theo ${norm.legalBasis}`;
    violations.push({ ...share, capVnd: share.capVnd, message });
  }
  return { norm, description, shares, violations };
}

/** What a đề án's support is checked on: its estimate, or — before it has one — the decided figures. */
export type NormBasis = 'estimate' | 'proposal';

/**
 * The lines a đề án's support is checked against the norm on. A đề án created by the UBND plan
 * decision has no estimate yet, only the proposal's typed totals and the support decided: those are
 * checked as one line (the way the proposal itself was), so its page can never call an amount far
 * above the cap "within the norm" just because no cost line exists. Once the estimate exists, only
 * its lines count (and the contract is refused until it does).
 */
export function normLinesOf(project: {
  costLines: readonly NormCostLine[];
  totalCostVnd: Vnd;
  stateSupportVnd: Vnd;
  approvedSupportVnd: Vnd | null;
}): { basis: NormBasis; lines: NormCostLine[] } {
  if (project.costLines.length > 0) return { basis: 'estimate', lines: [...project.costLines] };
  const support = project.approvedSupportVnd ?? project.stateSupportVnd;
  if (support <= 0n) return { basis: 'estimate', lines: [] };
  return { basis: 'proposal', lines: [{ facilityId: null, amountVnd: project.totalCostVnd, stateSupportVnd: support }] };
}
