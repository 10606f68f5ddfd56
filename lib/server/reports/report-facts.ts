import 'server-only';
import { Prisma } from '@/prisma/generated/client/client';
import { DISBURSED_HISTORY_STATES, DONE_HISTORY_STATES, DONE_PROJECT_STATES, REPORTED_HISTORY_STATES, REPORTED_PROJECT_STATES } from '@/lib/domain/reports';
import type { Actor } from '@/lib/domain/roles';
import type { ReportQuery } from '@/lib/schemas/report';

// One row per thing a report counts, whatever its grain: a live đề án, a historical đề án, or an
// aggregate row of an old report. Every report query reads `facts` so the three are always unioned
// the same way, filtered the same way and scoped the same way. Values are bound parameters only.

/** Earliest and latest year a report may cover when the query leaves one end open. */
const OPEN_FROM = 2000;
const OPEN_TO = 2100;

export function periodOf(query: ReportQuery): { yearFrom: number; yearTo: number } {
  return { yearFrom: query.yearFrom ?? OPEN_FROM, yearTo: query.yearTo ?? OPEN_TO };
}

/**
 * A live đề án's facts, row by row. Its facilities and paid money are the report totals the database
 * keeps on its row (beneficiaryCount, disbursedVnd: the PaymentRequests in DISBURSED_PAYMENT_STATES —
 * migration 20261202130000; tests/integration/report-totals.test.ts).
 */
const LIVE_ROWS = Prisma.sql`
  SELECT 'live' AS kind, p."id" AS "sourceId", p."provinceId", p."year" AS "yearFrom", p."year" AS "yearTo",
         p."fundingLevel"::text AS "fundingLevel", p."contentCategoryId", p."adminUnitId", au."formerArea" AS area,
         (p."status"::text = ANY(${[...DONE_PROJECT_STATES]}))::int::bigint AS "doneProjects", 1::bigint AS projects,
         p."beneficiaryCount"::bigint AS facilities,
         p."totalCostVnd" AS "totalCostVnd", COALESCE(p."approvedSupportVnd", p."stateSupportVnd") AS "stateSupportVnd",
         p."counterpartVnd" AS "counterpartVnd", p."otherFundingVnd" AS "otherFundingVnd",
         COALESCE(p."approvedSupportVnd", 0) AS "approvedVnd",
         p."disbursedVnd" AS "paidVnd"
  FROM "Project" p LEFT JOIN "AdminUnit" au ON au."id" = p."adminUnitId"
  WHERE p."status"::text = ANY(${[...REPORTED_PROJECT_STATES]})`;

/**
 * The same facts summed by the database per province, year, source and one dimension — xã ('XA':
 * no content) or content item ('CONTENT': no xã) — kept exact by triggers (migration
 * 20261203090000_report_cells; tests/integration/report-cells.test.ts). A few thousand cells instead
 * of every đề án; usable only where the report does not cut across both dimensions (`cellsAnswer`).
 */
function liveCells(dimension: CellDimension): Prisma.Sql {
  return Prisma.sql`
  SELECT 'live' AS kind, NULL::int AS "sourceId", c."provinceId", c."year" AS "yearFrom", c."year" AS "yearTo",
         c."fundingLevel"::text AS "fundingLevel", c."contentCategoryId", c."adminUnitId", au."formerArea" AS area,
         c."doneProjects", c."projects", c."facilities", c."totalCostVnd", c."stateSupportVnd", c."counterpartVnd", c."otherFundingVnd",
         c."approvedVnd", c."paidVnd"
  FROM "ProjectReportCell" c LEFT JOIN "AdminUnit" au ON au."id" = c."adminUnitId"
  WHERE c."dimension" = ${dimension} AND c."projects" > 0`;
}

/** Where a report reads its live đề án: their rows, or the database's cells by xã or by content. */
export type FactsGrain = 'rows' | CellDimension;
type CellDimension = 'XA' | 'CONTENT';

/**
 * Whether the cells can answer a report: not narrowed to an area, a xã or a content item (a cell
 * holds one of the two dimensions, never both), and not a xã officer's (scoped to its xã).
 */
export function cellsAnswer(actor: Actor, query: ReportQuery): boolean {
  return actor.role !== 'XA_OFFICER' && !query.area && !query.xa && !query.content;
}

/**
 * The unioned facts before any filter: `kind` live | project (history per đề án) | aggregate;
 * `doneProjects`: how many are accepted or settled (an old report's aggregate line states work done).
 */
function factsOf(grain: FactsGrain): Prisma.Sql {
  return Prisma.sql`
  ${grain === 'rows' ? LIVE_ROWS : liveCells(grain)}
  UNION ALL
  SELECT 'project', h."id", h."provinceId", h."year", h."year", h."fundingLevel"::text, h."contentCategoryId", h."adminUnitId", h."area",
         (h."state"::text = ANY(${[...DONE_HISTORY_STATES]}))::int::bigint, 1, CASE WHEN h."facilityTaxCode" IS NULL THEN 0 ELSE 1 END,
         h."totalCostVnd", h."stateSupportVnd", h."counterpartVnd", h."otherFundingVnd",
         h."stateSupportVnd", CASE WHEN h."state"::text = ANY(${[...DISBURSED_HISTORY_STATES]}) THEN h."stateSupportVnd" ELSE 0 END
  FROM "HistoricalProject" h
  WHERE h."state"::text = ANY(${[...REPORTED_HISTORY_STATES]})
  UNION ALL
  SELECT 'aggregate', a."id", a."provinceId", a."yearFrom", a."yearTo", a."fundingLevel"::text, a."contentCategoryId", a."adminUnitId", a."area",
         a."projectCount", a."projectCount", a."facilityCount",
         a."totalCostVnd", a."stateSupportVnd", a."counterpartVnd", a."otherFundingVnd",
         a."stateSupportVnd", a."stateSupportVnd"
  FROM "HistoricalAggregate" a`;
}

/** Where a query finds the columns a report filters on, over its own table aliases. Constants only: they are spliced in as SQL text. */
export interface PlaceColumns {
  provinceId: string;
  fundingLevel: string;
  adminUnitId: string;
  contentCategoryId: string;
  /** The former area (khu vực) of the row's xã. */
  area: string;
}

const FACT_COLUMNS: PlaceColumns = { provinceId: 'f."provinceId"', fundingLevel: 'f."fundingLevel"', adminUnitId: 'f."adminUnitId"', contentCategoryId: 'f."contentCategoryId"', area: 'f.area' };

/**
 * Filters other than the period: the rows an actor may report on (province staff their province; a
 * xã officer its xã; the ministry the national fund, KCQG, of every province — roles without
 * `report:read` never get here), then the report's place filters. Shared by the facts, the
 * straddling-aggregate note and the reports that read plan items or repayment schedules directly.
 */
export function placeFilters(actor: Actor, query: ReportQuery, columns: PlaceColumns = FACT_COLUMNS): Prisma.Sql[] {
  const [province, source, xa, content, area] = [columns.provinceId, columns.fundingLevel, columns.adminUnitId, columns.contentCategoryId, columns.area].map((c) => Prisma.raw(c));
  const where: Prisma.Sql[] = [];
  if (actor.role === 'MINISTRY_OFFICER') where.push(Prisma.sql`${source} = 'KCQG'`);
  else where.push(Prisma.sql`${province} = ${actor.provinceId ?? -1}`);
  if (actor.role === 'XA_OFFICER') where.push(Prisma.sql`${xa} = ${actor.adminUnitId ?? -1}`);
  if (query.province) where.push(Prisma.sql`${province} = ${query.province}`);
  // An enum column is compared as text with the bound value (a no-op on the facts, already text).
  if (query.source) where.push(Prisma.sql`${source}::text = ${query.source}`);
  if (query.area) where.push(Prisma.sql`${area} = ${query.area}`);
  if (query.xa) where.push(Prisma.sql`${xa} = ${query.xa}`);
  if (query.content) {
    where.push(Prisma.sql`${content} IN (SELECT c."id" FROM "ContentCategory" c WHERE c."id" = ${query.content} OR c."parentId" = ${query.content})`);
  }
  return where;
}

/**
 * The facts a report counts, as a subquery aliased `f`. Aggregate rows count only when their whole
 * period lies inside the report's (they cannot be split by year); see `straddlingAggregates`.
 */
export function reportFacts(actor: Actor, query: ReportQuery, grain: FactsGrain = 'rows'): Prisma.Sql {
  if (grain !== 'rows' && !cellsAnswer(actor, query)) throw new Error('report cells cannot answer this query');
  const { yearFrom, yearTo } = periodOf(query);
  const where = [...placeFilters(actor, query), Prisma.sql`f."yearFrom" >= ${yearFrom} AND f."yearTo" <= ${yearTo}`];
  return Prisma.sql`(SELECT f.* FROM (${factsOf(grain)}) f WHERE ${Prisma.join(where, ' AND ')})`;
}

/** Aggregate rows that match the place filters and overlap the period without lying inside it. */
export function straddlingAggregates(actor: Actor, query: ReportQuery): Prisma.Sql {
  const { yearFrom, yearTo } = periodOf(query);
  const where = [
    ...placeFilters(actor, query),
    Prisma.sql`f.kind = 'aggregate' AND f."yearFrom" <= ${yearTo} AND f."yearTo" >= ${yearFrom}`,
    Prisma.sql`NOT (f."yearFrom" >= ${yearFrom} AND f."yearTo" <= ${yearTo})`,
  ];
  return Prisma.sql`SELECT count(*)::int AS n FROM (${factsOf('rows')}) f WHERE ${Prisma.join(where, ' AND ')}`;
}
