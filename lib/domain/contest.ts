// Rules of the product contest (bình chọn sản phẩm CNNT tiêu biểu) that need no database: levels,
// the council's conflict rule, the score of an entry, ranks and which level a winner goes to.
import type { ContestLevel } from '@/prisma/generated/client/enums';

export const CONTEST_LEVEL_LABELS: Record<ContestLevel, string> = {
  XA: 'Cấp xã',
  PROVINCE: 'Cấp tỉnh/thành phố',
  REGION: 'Cấp khu vực',
  NATIONAL: 'Cấp quốc gia',
};

export const CONTEST_LEVELS: readonly ContestLevel[] = ['XA', 'PROVINCE', 'REGION', 'NATIONAL'];

/** The level a round's winners are forwarded to; null for the national level. */
export function nextContestLevel(level: ContestLevel): ContestLevel | null {
  const i = CONTEST_LEVELS.indexOf(level);
  return CONTEST_LEVELS[i + 1] ?? null;
}

/**
 * The level whose published rounds count toward the programme's contest target: the province
 * programme counts the rounds Sở Công Thương organises itself (cấp tỉnh/thành phố). Xã rounds feed
 * them; regional and national rounds are organised by others.
 */
export const CONTEST_COUNTED_LEVEL: ContestLevel = 'PROVINCE';

/**
 * A council member may not score a product of their own xã (conflict of interest). A member
 * without a xã (Sở, Trung tâm staff) has no such conflict.
 */
export function isOwnXaEntry(member: { adminUnitId: number | null }, entry: { adminUnitId: number }): boolean {
  return member.adminUnitId !== null && member.adminUnitId === entry.adminUnitId;
}

export function pointsWithinMax(points: number, maxPoints: number): boolean {
  return Number.isInteger(points) && points >= 0 && points <= maxPoints;
}

/**
 * An entry's score: the average of the members' totals, in hundredths of a point, rounded half up
 * once (integer arithmetic: no float). `memberTotals` holds each scoring member's sum over criteria.
 */
export function averageScoreHundredths(memberTotals: readonly number[]): number | null {
  if (memberTotals.length === 0) return null;
  const sum = memberTotals.reduce((a, b) => a + b, 0);
  return Math.floor((sum * 200 + memberTotals.length) / (2 * memberTotals.length));
}

/** "85,50" — a score in hundredths as Vietnamese writes it. */
export function formatScore(hundredths: number | null): string {
  if (hundredths === null) return '—';
  const whole = Math.floor(hundredths / 100);
  return `${whole},${String(hundredths % 100).padStart(2, '0')}`;
}

/**
 * Competition ranking ("1224"): equal scores share a rank, the next rank skips. Entries without a
 * score get no rank. Returns ranks in the order of the input.
 */
export function rankByScore(scores: readonly (number | null)[]): (number | null)[] {
  return scores.map((s) => (s === null ? null : 1 + scores.filter((o) => o !== null && o > s).length));
}

/** The certificate number of a winner: "<round id>/<year>/<rank>-<entry id>" (unique, readable). */
export function certificateNumber(round: { id: number; year: number }, entry: { id: number; rank: number }): string {
  return `${round.id}/${round.year}/GCN-${entry.rank}.${entry.id}`;
}
