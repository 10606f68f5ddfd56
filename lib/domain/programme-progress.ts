// Progress of a programme against its targets. The counting rules (which plan items are
// "registered", which đề án are "achieved") live in lib/server/programmes/find-programme-progress.ts
// where the database is read; this module only does the arithmetic on the counts it is given.
//
// Percentages follow the one rule in ./percent (exact, one decimal, half up).
import { averagePercent, percent } from './percent';
import { sumOfYears, targetConsistency } from './programme-targets';

/** part / whole × 100 with one decimal, half up; null when nothing is planned (no division by zero). */
export function quantityPercent(part: number, whole: number | null): number | null {
  return whole === null ? null : percent(part, whole);
}

export interface TargetProgressInput {
  targetId: number;
  groupCode: string;
  itemNo: string;
  name: string;
  unit: string | null;
  values: (number | null)[];
  statedTotal: number | null;
  /** Quantities per year as counted from the database. */
  registeredByYear: ReadonlyMap<number, number>;
  achievedByYear: ReadonlyMap<number, number>;
}

export interface ProgressFigures {
  planned: number | null;
  registered: number;
  achieved: number;
  percentAchieved: number | null;
}

export interface TargetProgress extends Omit<TargetProgressInput, 'registeredByYear' | 'achievedByYear'> {
  byYear: ({ year: number } & ProgressFigures)[];
  /**
   * The whole period. Its "planned" is the total as written on the approved paper (it is the
   * figure the objectives quote, e.g. "25 cơ sở"), or the sum of the years when no total is written.
   */
  period: ProgressFigures;
  consistent: boolean;
}

function sumMap(map: ReadonlyMap<number, number>, years: readonly number[]): number {
  let sum = 0;
  for (const y of years) sum += map.get(y) ?? 0;
  return sum;
}

export function targetProgress(years: readonly number[], input: TargetProgressInput): TargetProgress {
  const { registeredByYear, achievedByYear, ...target } = input;
  const byYear = years.map((year, i) => {
    const planned = input.values[i] ?? null;
    const achieved = achievedByYear.get(year) ?? 0;
    return { year, planned, registered: registeredByYear.get(year) ?? 0, achieved, percentAchieved: quantityPercent(achieved, planned) };
  });
  const periodPlanned = input.statedTotal ?? sumOfYears(input.values);
  // Counts outside the programme's years (a đề án dated after the period) still count for the period.
  const allYears = [...new Set([...years, ...registeredByYear.keys(), ...achievedByYear.keys()])];
  const achieved = sumMap(achievedByYear, allYears);
  return {
    ...target,
    byYear,
    period: { planned: periodPlanned, registered: sumMap(registeredByYear, allYears), achieved, percentAchieved: quantityPercent(achieved, periodPlanned) },
    consistent: targetConsistency(input).consistent,
  };
}

export interface GroupProgress {
  code: string;
  name: string;
  /** Items with a planned quantity for the period; the others cannot have a percentage. */
  plannedItems: number;
  percentRegistered: number | null;
  percentAchieved: number | null;
}

/**
 * A group mixes units (mô hình, cơ sở, lớp …), so its quantities cannot be added. Its progress is
 * the average over its planned items of each item's share done, each capped at 100 % so that one
 * over-achieved item does not hide another that is behind.
 */
export function groupProgress(group: { code: string; name: string }, targets: readonly TargetProgress[], year?: number): GroupProgress {
  const figures = targets.map((t) => (year === undefined ? t.period : t.byYear.find((y) => y.year === year))).filter(
    (f): f is ProgressFigures => !!f && f.planned !== null && f.planned > 0,
  );
  const average = (pick: (f: ProgressFigures) => number): number | null =>
    averagePercent(figures.map((f) => ({ part: pick(f), whole: f.planned as number })), { capAtWhole: true });
  return {
    code: group.code,
    name: group.name,
    plannedItems: figures.length,
    percentRegistered: average((f) => f.registered),
    percentAchieved: average((f) => f.achieved),
  };
}
