import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import type { ReportQuery } from '@/lib/schemas/report';
import { assertCan } from '../authz';
import { dbRead } from '../db';
import { reportFacts } from './report-facts';

export const REPORT_LINE_LIMIT = 20_000;

export interface ReportLine {
  kind: 'live' | 'project' | 'aggregate';
  area: string | null;
  fundingLevel: 'KCQG' | 'KCDP';
  yearFrom: number;
  yearTo: number;
  label: string;
  contentCode: string | null;
  projects: bigint;
  facilities: bigint;
  totalCostVnd: bigint;
  stateSupportVnd: bigint;
  counterpartVnd: bigint;
  otherFundingVnd: bigint;
}

export interface ReportSubtotal extends Omit<ReportLine, 'kind' | 'yearFrom' | 'yearTo' | 'label' | 'contentCode' | 'area' | 'fundingLevel'> {
  area: string | null;
  fundingLevel: 'KCQG' | 'KCDP' | null;
  /** 0: by area and source, 1: by area, 3: grand total (GROUPING bits of ROLLUP(area, source)). */
  level: number;
}

/**
 * The lines of the đề án list grouped by area (seed 000's annex layout): every live đề án, historical
 * đề án and aggregate row the report counts, with the subtotals per area and source from ROLLUP.
 */
export async function findReportLines(actor: Actor, query: ReportQuery) {
  assertCan(actor, 'report:read');
  const facts = reportFacts(actor, query);
  const [lines, subtotals] = await Promise.all([
    dbRead.$queryRaw<ReportLine[]>`
      SELECT f.kind, f.area, f."fundingLevel", f."yearFrom", f."yearTo",
             COALESCE(p."code" || ' — ' || p."name", h."name", a."label", c."name", '') AS label, c."code" AS "contentCode",
             f.projects, f.facilities, f."totalCostVnd", f."stateSupportVnd", f."counterpartVnd", f."otherFundingVnd"
      FROM ${facts} f
      LEFT JOIN "Project" p ON f.kind = 'live' AND p."id" = f."sourceId"
      LEFT JOIN "HistoricalProject" h ON f.kind = 'project' AND h."id" = f."sourceId"
      LEFT JOIN "HistoricalAggregate" a ON f.kind = 'aggregate' AND a."id" = f."sourceId"
      LEFT JOIN "ContentCategory" c ON c."id" = f."contentCategoryId"
      ORDER BY f.area NULLS LAST, f."fundingLevel", c."code" NULLS LAST, f."yearFrom", label
      LIMIT ${REPORT_LINE_LIMIT}`,
    dbRead.$queryRaw<ReportSubtotal[]>`
      SELECT GROUPING(f.area, f."fundingLevel")::int AS level, f.area, f."fundingLevel",
             COALESCE(sum(f.projects), 0)::bigint AS projects, COALESCE(sum(f.facilities), 0)::bigint AS facilities,
             COALESCE(sum(f."totalCostVnd"), 0)::bigint AS "totalCostVnd", COALESCE(sum(f."stateSupportVnd"), 0)::bigint AS "stateSupportVnd",
             COALESCE(sum(f."counterpartVnd"), 0)::bigint AS "counterpartVnd", COALESCE(sum(f."otherFundingVnd"), 0)::bigint AS "otherFundingVnd"
      FROM ${facts} f
      GROUP BY ROLLUP (f.area, f."fundingLevel")`,
  ]);
  return { lines, subtotals, truncated: lines.length === REPORT_LINE_LIMIT };
}
