import 'server-only';
import { Prisma } from '@/prisma/generated/client/client';
import { ACCEPTED_PLAN_ITEM_REVIEWS, APPROVED_PLAN_STATES, reportPercent } from '@/lib/domain/reports';
import type { Actor } from '@/lib/domain/roles';
import type { ReportQuery } from '@/lib/schemas/report';
import { assertCan } from '../authz';
import { dbRead } from '../db';
import { cellsAnswer, periodOf, placeFilters, reportFacts, type PlaceColumns } from './report-facts';

export interface PlanVsDoneRow {
  year: number;
  plannedProjects: bigint;
  plannedVnd: bigint;
  doneProjects: bigint;
  doneVnd: bigint;
  /** Whether the planned figures come from imported yearly plan totals (history) or the portal's plans. */
  plannedFromHistory: boolean;
  projectsPercent: number | null;
  moneyPercent: number | null;
}

/** A plan item's place: its plan's province, its own source, xã and content. */
const PLAN_ITEM_COLUMNS: PlaceColumns = { provinceId: 'ap."provinceId"', fundingLevel: 'i."fundingLevel"', adminUnitId: 'i."adminUnitId"', contentCategoryId: 'i."contentCategoryId"', area: 'au."formerArea"' };

/**
 * Yearly plan totals of the years before the portal. They are kept per province (and per source or
 * for all sources), so they apply only when the report is not narrowed to an area, xã or content.
 */
function historyPlanScope(actor: Actor, query: ReportQuery): Prisma.Sql {
  if (query.area || query.xa || query.content || actor.role === 'XA_OFFICER') return Prisma.sql`FALSE`;
  const where: Prisma.Sql[] = [];
  if (actor.role === 'MINISTRY_OFFICER') where.push(Prisma.sql`t."fundingLevel" = 'KCQG'`);
  else where.push(Prisma.sql`t."provinceId" = ${actor.provinceId ?? -1}`);
  if (query.province) where.push(Prisma.sql`t."provinceId" = ${query.province}`);
  where.push(query.source ? Prisma.sql`t."fundingLevel"::text = ${query.source}` : Prisma.sql`TRUE`);
  return Prisma.join(where, ' AND ');
}

/**
 * Plan versus done per year. Planned: the items accepted into the plans the UBND decided, or the
 * imported yearly plan totals where the portal has no plan for that year. Done: đề án accepted or
 * settled (history: accepted/settled, or an old report's single-year line) and the money disbursed.
 * Percentages: exact, rounded once (lib/domain/reports.ts).
 */
export async function findPlanVsDone(actor: Actor, query: ReportQuery): Promise<PlanVsDoneRow[]> {
  assertCan(actor, 'report:read');
  const { yearFrom, yearTo } = periodOf(query);
  const rows = await dbRead.$queryRaw<{ year: number; live_projects: bigint; live_vnd: bigint; hist_projects: bigint | null; hist_vnd: bigint | null; done_projects: bigint; done_vnd: bigint }[]>`
    WITH planned AS (
      SELECT ap."year", count(*)::bigint AS projects, COALESCE(sum(COALESCE(i."approvedSupportVnd", i."requestedSupportVnd")), 0)::bigint AS vnd
      FROM "PlanItem" i JOIN "AnnualPlan" ap ON ap."id" = i."annualPlanId"
      JOIN "ConsolidatedPlan" cp ON cp."id" = ap."consolidatedPlanId"
      LEFT JOIN "AdminUnit" au ON au."id" = i."adminUnitId"
      WHERE cp."status"::text = ANY(${[...APPROVED_PLAN_STATES]}) AND i."review"::text = ANY(${[...ACCEPTED_PLAN_ITEM_REVIEWS]})
        AND ap."year" BETWEEN ${yearFrom} AND ${yearTo} AND ${Prisma.join(placeFilters(actor, query, PLAN_ITEM_COLUMNS), ' AND ')}
      GROUP BY ap."year"
    ), history AS (
      SELECT t."year", sum(t."plannedProjects")::bigint AS projects, sum(t."plannedVnd")::bigint AS vnd
      FROM "HistoricalPlanTotal" t
      WHERE t."year" BETWEEN ${yearFrom} AND ${yearTo} AND ${historyPlanScope(actor, query)}
      GROUP BY t."year"
    ), done AS (
      SELECT f."yearFrom" AS year, COALESCE(sum(f."doneProjects"), 0)::bigint AS projects, COALESCE(sum(f."paidVnd"), 0)::bigint AS vnd
      FROM ${reportFacts(actor, query, cellsAnswer(actor, query) ? 'XA' : 'rows')} f
      WHERE f."yearFrom" = f."yearTo"
      GROUP BY f."yearFrom"
    ), years AS (SELECT "year" FROM planned UNION SELECT "year" FROM history UNION SELECT year FROM done)
    SELECT y."year", COALESCE(p.projects, 0)::bigint AS live_projects, COALESCE(p.vnd, 0)::bigint AS live_vnd,
           h.projects AS hist_projects, h.vnd AS hist_vnd,
           COALESCE(d.projects, 0)::bigint AS done_projects, COALESCE(d.vnd, 0)::bigint AS done_vnd
    FROM years y LEFT JOIN planned p ON p."year" = y."year" LEFT JOIN history h ON h."year" = y."year" LEFT JOIN done d ON d.year = y."year"
    ORDER BY y."year"`;
  return rows.map((r) => {
    // The portal's own approved plan wins; imported totals fill the years before it.
    const fromHistory = r.live_projects === 0n && r.hist_projects !== null;
    const plannedProjects = fromHistory ? r.hist_projects! : r.live_projects;
    const plannedVnd = fromHistory ? (r.hist_vnd ?? 0n) : r.live_vnd;
    return {
      year: r.year,
      plannedProjects,
      plannedVnd,
      doneProjects: r.done_projects,
      doneVnd: r.done_vnd,
      plannedFromHistory: fromHistory,
      projectsPercent: reportPercent(r.done_projects, plannedProjects),
      moneyPercent: reportPercent(r.done_vnd, plannedVnd),
    };
  });
}
