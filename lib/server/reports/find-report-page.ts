import 'server-only';
import { can } from '@/lib/domain/permissions';
import type { Actor } from '@/lib/domain/roles';
import type { ReportQuery } from '@/lib/schemas/report';
import { assertCan } from '../authz';
import { findProgrammeProgress } from '../programmes/find-programme-progress';
import { findProgrammes } from '../programmes/find-programmes';
import { actorScopeKey, cachedRead, dayKey } from '../read-cache';
import { findPlanVsDone } from './find-plan-vs-done';
import { findRecoverableSummary } from './find-recoverable-summary';
import { findReportOptions } from './find-report-options';
import { findSummaryReport } from './find-summary-report';

/** Programme target progress for the programmes whose period overlaps the report's (two at most). */
async function programmeProgress(actor: Actor, yearFrom?: number, yearTo?: number) {
  if (!can(actor, 'programme:read')) return [];
  const programmes = (await findProgrammes(actor)).filter((p) => p._count.targets > 0 && (!yearTo || p.startYear <= yearTo) && (!yearFrom || p.endYear >= yearFrom));
  return Promise.all(
    programmes.slice(0, 2).map(async (p) => ({ programme: { id: p.id, name: p.name }, progress: await findProgrammeProgress(actor, p.id) })),
  );
}

/**
 * Everything the report page (/bao-cao) shows: the summary, plan vs done, recoverable support, the
 * filters' choices and programme progress — computed once per data version for a scope and query
 * (lib/server/read-cache.ts), since a decade of a province is too much to group on every visit.
 */
export async function findReportPage(actor: Actor, query: ReportQuery) {
  assertCan(actor, 'report:read');
  return cachedRead('report-page', { scope: actorScopeKey(actor), query, day: dayKey() }, async () => {
    const [report, planVsDone, recoverable, options, progress] = await Promise.all([
      findSummaryReport(actor, query),
      findPlanVsDone(actor, query),
      findRecoverableSummary(actor, query),
      findReportOptions(actor),
      programmeProgress(actor, query.yearFrom, query.yearTo),
    ]);
    return { report, planVsDone, recoverable, options, progress };
  });
}
