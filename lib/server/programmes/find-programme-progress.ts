import 'server-only';
import { CONTEST_COUNTED_LEVEL } from '@/lib/domain/contest';
import { CONTEST_PUBLISHED_STATES } from '@/lib/domain/lifecycle/contest';
import { PLAN_ITEM_INCLUDED_REVIEW, ROUND_REGISTERED_STATES } from '@/lib/domain/lifecycle/plan';
import { PROJECT_ACHIEVED_STATES } from '@/lib/domain/lifecycle/project';
import { groupProgress, targetProgress } from '@/lib/domain/programme-progress';
import { outputContribution, outputMeasureForUnit, type ProjectOutputKind } from '@/lib/domain/project-outputs';
import { periodYears } from '@/lib/domain/programme-targets';
import type { Actor } from '@/lib/domain/roles';
import { assertCan } from '../authz';
import { db } from '../db';
import { getProgrammeInScopeOrThrow } from './get-programme';
import { loadAppendix } from './programme-appendix-store';

/**
 * "Registered" (đã đăng ký) — the rule, decided here and in docs/decisions/0003:
 * a plan item counts toward its target in the year of its ConsolidatedPlan when Sở Công Thương
 * ACCEPTED the item in review and the city's plan for that year has been approved for budget by
 * Sở Tài chính (BUDGET_APPROVED) or decided by the UBND (DECIDED). Earlier stages are proposals
 * that may still be cut; a returned or rejected item never counts. Its quantity is
 * PlanItem.targetQuantity (an item without one adds 0: it is linked but not quantified).
 * The two sets are PLAN_ITEM_INCLUDED_REVIEW and ROUND_REGISTERED_STATES.
 */

/**
 * "Achieved" (đã đạt): a đề án linked to the target whose status is in PROJECT_ACHIEVED_STATES
 * (accepted or later), counted with its targetQuantity in the đề án's year; and a product contest
 * round of the counted level (cấp tỉnh/thành phố) linked to the target whose results are published,
 * counted as 1 in the round's year (docs/decisions/0037).
 *
 * Except for a target whose unit is a quantity the đề án record as outputs (Người/Học viên, Lớp/Khóa,
 * Gian hàng, Nhãn hiệu — outputMeasureForUnit): its "achieved" is the sum of the outputs recorded on
 * the đề án linked to it (participants of the classes, classes, booths, marks), in the đề án's year,
 * whatever the đề án's status — an output is recorded only once it happened (docs/decisions/0038).
 *
 * The figures are programme-wide aggregates over the programme's own targets: whoever may read the
 * programme sees the same numbers, and no đề án or plan row is disclosed through them.
 */
export async function findProgrammeProgress(actor: Actor, programmeId: number) {
  assertCan(actor, 'programme:read');
  const programme = await getProgrammeInScopeOrThrow(db, actor, programmeId);
  return computeProgrammeProgress(programme);
}

/** The figures themselves, for a programme already loaded (through a scope, or the public page's filter). */
export async function computeProgrammeProgress(programme: { id: number; startYear: number; endYear: number }) {
  const years = periodYears(programme.startYear, programme.endYear);
  const [appendix, planItems, achieved, outputs, contests] = await Promise.all([
    loadAppendix(db, programme.id, years),
    db.planItem.findMany({
      where: {
        programmeTarget: { programmeId: programme.id },
        review: PLAN_ITEM_INCLUDED_REVIEW,
        annualPlan: { consolidatedPlan: { status: { in: [...ROUND_REGISTERED_STATES] } } },
      },
      select: { programmeTargetId: true, targetQuantity: true, annualPlan: { select: { consolidatedPlan: { select: { year: true } } } } },
    }),
    db.project.groupBy({
      by: ['programmeTargetId', 'year'],
      where: { programmeTarget: { programmeId: programme.id }, status: { in: [...PROJECT_ACHIEVED_STATES] } },
      _sum: { targetQuantity: true },
    }),
    db.$queryRaw<{ targetId: number; year: number; kind: ProjectOutputKind; quantity: number; participants: number }[]>`
      SELECT p."programmeTargetId" AS "targetId", p.year, o.kind,
             SUM(o.quantity)::int AS quantity, COALESCE(SUM(n.participants), 0)::int AS participants
      FROM "ProjectOutput" o
      JOIN "Project" p ON p.id = o."projectId"
      JOIN "ProgrammeTarget" t ON t.id = p."programmeTargetId"
      LEFT JOIN (SELECT "outputId", COUNT(*) AS participants FROM "TrainingParticipant" GROUP BY "outputId") n ON n."outputId" = o.id
      WHERE t."programmeId" = ${programme.id}
      GROUP BY p."programmeTargetId", p.year, o.kind`,
    db.contestRound.groupBy({
      by: ['programmeTargetId', 'year'],
      where: { programmeTarget: { programmeId: programme.id }, level: CONTEST_COUNTED_LEVEL, status: { in: [...CONTEST_PUBLISHED_STATES] } },
      _count: { _all: true },
    }),
  ]);

  const registered = new Map<number, Map<number, number>>();
  for (const item of planItems) {
    const byYear = registered.get(item.programmeTargetId!) ?? new Map<number, number>();
    const year = item.annualPlan.consolidatedPlan.year;
    byYear.set(year, (byYear.get(year) ?? 0) + (item.targetQuantity ?? 0));
    registered.set(item.programmeTargetId!, byYear);
  }
  const achievedMap = new Map<number, Map<number, number>>();
  for (const row of achieved) {
    const byYear = achievedMap.get(row.programmeTargetId!) ?? new Map<number, number>();
    byYear.set(row.year, (byYear.get(row.year) ?? 0) + (row._sum.targetQuantity ?? 0));
    achievedMap.set(row.programmeTargetId!, byYear);
  }
  for (const row of contests) {
    const byYear = achievedMap.get(row.programmeTargetId!) ?? new Map<number, number>();
    byYear.set(row.year, (byYear.get(row.year) ?? 0) + row._count._all);
    achievedMap.set(row.programmeTargetId!, byYear);
  }

  // Recorded outputs, per target and year, in the measure of the target's unit.
  const units = new Map(appendix.groups.flatMap((g) => g.items.map((item) => [item.id!, item.unit] as const)));
  const outputMap = new Map<number, Map<number, number>>();
  for (const row of outputs) {
    const measure = outputMeasureForUnit(units.get(row.targetId));
    if (!measure) continue;
    const byYear = outputMap.get(row.targetId) ?? new Map<number, number>();
    byYear.set(row.year, (byYear.get(row.year) ?? 0) + outputContribution(measure, row));
    outputMap.set(row.targetId, byYear);
  }

  const groups = appendix.groups.map((g) => {
    const targets = g.items.map((item) =>
      targetProgress(years, {
        targetId: item.id!,
        groupCode: g.code,
        itemNo: item.itemNo,
        name: item.name,
        unit: item.unit,
        values: item.values,
        statedTotal: item.statedTotal,
        registeredByYear: registered.get(item.id!) ?? new Map(),
        achievedByYear: (outputMeasureForUnit(item.unit) ? outputMap : achievedMap).get(item.id!) ?? new Map(),
      }),
    );
    return { code: g.code, name: g.name, targets };
  });
  return { programmeId: programme.id, years, groups };
}

export type ProgrammeProgress = Awaited<ReturnType<typeof findProgrammeProgress>>;

/** Progress of each group for the chart: the whole period, or one year. */
export function groupsProgress(progress: ProgrammeProgress, year?: number) {
  return progress.groups.map((g) => groupProgress(g, g.targets, year));
}
