import 'server-only';
import { Prisma } from '@/prisma/generated/client/client';
import { leverage, reportPercent } from '@/lib/domain/reports';
import type { Actor } from '@/lib/domain/roles';
import type { ReportQuery } from '@/lib/schemas/report';
import { assertCan } from '../authz';
import { dbRead } from '../db';
import { cellsAnswer, reportFacts, straddlingAggregates } from './report-facts';

export const SUMMARY_DIMENSIONS = ['total', 'source', 'area', 'xa', 'contentGroup', 'content', 'year', 'province'] as const;
export type SummaryDimension = (typeof SUMMARY_DIMENSIONS)[number];

export interface SummaryFigures {
  projects: bigint;
  facilities: bigint;
  totalCostVnd: bigint;
  stateSupportVnd: bigint;
  kcqgVnd: bigint;
  kcdpVnd: bigint;
  counterpartVnd: bigint;
  otherFundingVnd: bigint;
  approvedVnd: bigint;
  paidVnd: bigint;
  /** How many of the rows are history (per đề án or aggregate): the drill-down also shows them. */
  historyRows: bigint;
  /** Derived once, by the rules in lib/domain/reports.ts. */
  leverage: number | null;
  paidPercent: number | null;
}

export interface SummaryRow extends SummaryFigures {
  dimension: SummaryDimension;
  /** The filter value a drill-down adds: a source, area, xã id, content id, "2021-2025", province id. */
  key: string | null;
  label: string;
}

interface RawRow {
  g_source: number;
  g_area: number;
  g_xa: number;
  g_group: number;
  g_content: number;
  g_year: number;
  g_province: number;
  source: string | null;
  area: string | null;
  xa_id: number | null;
  xa_name: string | null;
  group_id: number | null;
  group_label: string | null;
  content_id: number | null;
  content_label: string | null;
  year_from: number | null;
  year_to: number | null;
  province_id: number | null;
  province_name: string | null;
  projects: bigint;
  facilities: bigint;
  total: bigint;
  state: bigint;
  kcqg: bigint;
  kcdp: bigint;
  counterpart: bigint;
  other: bigint;
  approved: bigint;
  paid: bigint;
  history_rows: bigint;
}

function dimensionOf(r: RawRow): { dimension: SummaryDimension; key: string | null; label: string } {
  // GROUPING(x) = 0 means the row is grouped by x; exactly one set is active per row (or none: total).
  if (r.g_source === 0) return { dimension: 'source', key: r.source, label: r.source === 'KCQG' ? 'Khuyến công quốc gia' : 'Khuyến công địa phương' };
  if (r.g_area === 0) return { dimension: 'area', key: r.area, label: r.area ?? 'Chưa rõ khu vực' };
  if (r.g_xa === 0) return { dimension: 'xa', key: r.xa_id === null ? null : String(r.xa_id), label: r.xa_name ?? 'Không gắn xã (cấp tỉnh)' };
  if (r.g_group === 0) return { dimension: 'contentGroup', key: r.group_id === null ? null : String(r.group_id), label: r.group_label ?? 'Không rõ nội dung' };
  if (r.g_content === 0) return { dimension: 'content', key: r.content_id === null ? null : String(r.content_id), label: r.content_label ?? 'Không rõ nội dung' };
  if (r.g_year === 0) {
    const single = r.year_from === r.year_to;
    return { dimension: 'year', key: `${r.year_from}-${r.year_to}`, label: single ? `Năm ${r.year_from}` : `Giai đoạn ${r.year_from}–${r.year_to} (số tổng hợp)` };
  }
  if (r.g_province === 0) return { dimension: 'province', key: String(r.province_id), label: r.province_name ?? '' };
  return { dimension: 'total', key: null, label: 'Tổng cộng' };
}

/**
 * The total and every breakdown of a set of facts, in one GROUP BY GROUPING SETS pass by PostgreSQL;
 * `only` keeps just the content breakdowns ('content') or all the others ('other').
 */
function summaryRows(facts: Prisma.Sql, only: 'all' | 'content' | 'other' = 'all'): Promise<RawRow[]> {
  const byContent = Prisma.sql`(GROUPING(cg."id") = 0 OR GROUPING(c."id") = 0)`;
  const having = only === 'all' ? Prisma.empty : only === 'content' ? Prisma.sql`HAVING ${byContent}` : Prisma.sql`HAVING NOT ${byContent}`;
  return dbRead.$queryRaw<RawRow[]>`
    SELECT GROUPING(f."fundingLevel")::int AS g_source, GROUPING(f.area)::int AS g_area, GROUPING(f."adminUnitId")::int AS g_xa,
           GROUPING(cg."id")::int AS g_group, GROUPING(c."id")::int AS g_content, GROUPING(f."yearFrom", f."yearTo")::int AS g_year,
           GROUPING(f."provinceId")::int AS g_province,
           f."fundingLevel" AS source, f.area, f."adminUnitId" AS xa_id, au."name" AS xa_name,
           cg."id" AS group_id, cg."code" || ' ' || cg."name" AS group_label, c."id" AS content_id, c."code" || ' ' || c."name" AS content_label,
           f."yearFrom" AS year_from, f."yearTo" AS year_to, f."provinceId" AS province_id, pv."name" AS province_name,
           COALESCE(sum(f.projects), 0)::bigint AS projects, COALESCE(sum(f.facilities), 0)::bigint AS facilities, COALESCE(sum(f."totalCostVnd"), 0)::bigint AS total,
           COALESCE(sum(f."stateSupportVnd"), 0)::bigint AS state,
           COALESCE(sum(f."stateSupportVnd") FILTER (WHERE f."fundingLevel" = 'KCQG'), 0)::bigint AS kcqg,
           COALESCE(sum(f."stateSupportVnd") FILTER (WHERE f."fundingLevel" = 'KCDP'), 0)::bigint AS kcdp,
           COALESCE(sum(f."counterpartVnd"), 0)::bigint AS counterpart, COALESCE(sum(f."otherFundingVnd"), 0)::bigint AS other,
           COALESCE(sum(f."approvedVnd"), 0)::bigint AS approved, COALESCE(sum(f."paidVnd"), 0)::bigint AS paid,
           count(*) FILTER (WHERE f.kind <> 'live')::bigint AS history_rows
    FROM ${facts} f
    LEFT JOIN "ContentCategory" c ON c."id" = f."contentCategoryId"
    LEFT JOIN "ContentCategory" cg ON cg."id" = COALESCE(c."parentId", c."id")
    LEFT JOIN "AdminUnit" au ON au."id" = f."adminUnitId"
    JOIN "Province" pv ON pv."id" = f."provinceId"
    GROUP BY GROUPING SETS ((), (f."fundingLevel"), (f.area), (f."adminUnitId", au."name"), (cg."id", cg."code", cg."name"),
                            (c."id", c."code", c."name"), (f."yearFrom", f."yearTo"), (f."provinceId", pv."name"))
    ${having}
    ORDER BY 1, 2, 3, 4, 5, 6, 7, source, area NULLS LAST, xa_name NULLS FIRST, group_label, content_label, year_from, year_to, province_name`;
}

/**
 * The summary report: the total and every breakdown of the unioned facts (live đề án, historical đề
 * án, aggregate rows). When the report cells can answer (`cellsAnswer`), the live đề án are read
 * from the database's cells — the xã cells for every breakdown but content, the content cells for the
 * content breakdowns — two small passes instead of one over every đề án; the figures are the same.
 */
export async function findSummaryReport(actor: Actor, query: ReportQuery) {
  assertCan(actor, 'report:read');
  const rows = cellsAnswer(actor, query)
    ? (await Promise.all([summaryRows(reportFacts(actor, query, 'XA'), 'other'), summaryRows(reportFacts(actor, query, 'CONTENT'), 'content')])).flat()
    : await summaryRows(reportFacts(actor, query));
  const [note] = await dbRead.$queryRaw<{ n: number }[]>`${straddlingAggregates(actor, query)}`;
  const result: SummaryRow[] = rows.map((r) => ({
    ...dimensionOf(r),
    projects: r.projects,
    facilities: r.facilities,
    totalCostVnd: r.total,
    stateSupportVnd: r.state,
    kcqgVnd: r.kcqg,
    kcdpVnd: r.kcdp,
    counterpartVnd: r.counterpart,
    otherFundingVnd: r.other,
    approvedVnd: r.approved,
    paidVnd: r.paid,
    historyRows: r.history_rows,
    leverage: leverage(r.counterpart + r.other, r.state),
    paidPercent: reportPercent(r.paid, r.approved),
  }));
  const pick = (d: SummaryDimension) => result.filter((r) => r.dimension === d);
  return {
    total: pick('total')[0] ?? null,
    bySource: pick('source'),
    byArea: pick('area'),
    byXa: pick('xa'),
    byContentGroup: pick('contentGroup'),
    byContent: pick('content'),
    byYear: pick('year'),
    // Only the ministry reads across provinces; for a province the one row repeats the total.
    byProvince: actor.role === 'MINISTRY_OFFICER' ? pick('province') : [],
    straddlingAggregates: note?.n ?? 0,
  };
}

export type SummaryReport = Awaited<ReturnType<typeof findSummaryReport>>;
