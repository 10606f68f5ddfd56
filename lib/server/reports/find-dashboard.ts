import 'server-only';
import { can } from '@/lib/domain/permissions';
import { toSafeNumber } from '@/lib/domain/money';
import type { Actor } from '@/lib/domain/roles';
import { actorScopeKey, cachedRead, dayKey } from '../read-cache';
import { findPlanVsDone } from './find-plan-vs-done';
import { findSummaryReport, type SummaryRow } from './find-summary-report';

export interface DashboardSeries {
  key: string | null;
  label: string;
  projects: number;
  stateSupportVnd: number;
  counterpartVnd: number;
}

export interface DashboardData {
  byYear: DashboardSeries[];
  bySource: DashboardSeries[];
  byContent: DashboardSeries[];
  byArea: DashboardSeries[];
  planVsDone: { year: number; plannedVnd: number; doneVnd: number; moneyPercent: number | null }[];
}

const series = (rows: SummaryRow[]): DashboardSeries[] =>
  rows.map((r) => ({ key: r.key, label: r.label, projects: toSafeNumber(r.projects), stateSupportVnd: toSafeNumber(r.stateSupportVnd), counterpartVnd: toSafeNumber(r.counterpartVnd) }));

/**
 * The home dashboard of whoever may read reports: every year and scope the actor sees, from the same
 * report queries (so the charts and their tables equal the report). Null for roles without reports.
 * Computed once per data version for a scope (lib/server/read-cache.ts): every home visit of the
 * province's staff would otherwise group the whole decade again.
 */
export async function findDashboard(actor: Actor): Promise<DashboardData | null> {
  if (!can(actor, 'report:read')) return null;
  return cachedRead('home-dashboard', { scope: actorScopeKey(actor), day: dayKey() }, async () => {
    const [summary, plan] = await Promise.all([findSummaryReport(actor, {}), findPlanVsDone(actor, {})]);
    if (!summary.total || summary.total.projects === 0n) return null;
    return {
      byYear: series(summary.byYear),
      bySource: series(summary.bySource),
      byContent: series(summary.byContentGroup),
      byArea: series(summary.byArea),
      planVsDone: plan.map((p) => ({ year: p.year, plannedVnd: toSafeNumber(p.plannedVnd), doneVnd: toSafeNumber(p.doneVnd), moneyPercent: p.moneyPercent })),
    };
  });
}
