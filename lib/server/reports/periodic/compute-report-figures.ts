import 'server-only';
import type { ReportFigures } from '@/lib/domain/reports-periodic';
import type { Actor } from '@/lib/domain/roles';
import type { Tx } from '../../db';
import { reportFacts } from '../report-facts';

/**
 * The figures a periodic report carries, from records (live and history) of the reporting xã — or
 * of the whole province for a unit's report — for the report's year, as of now. Never typed.
 */
export async function computeReportFigures(tx: Tx, actor: Actor, input: { year: number; adminUnitId: number | null }, at: Date): Promise<ReportFigures> {
  const facts = reportFacts(actor, { yearFrom: input.year, yearTo: input.year, xa: input.adminUnitId ?? undefined });
  const [row] = await tx.$queryRaw<{ projects: bigint; facilities: bigint; total: bigint; state: bigint; counterpart: bigint; paid: bigint; done: bigint }[]>`
    SELECT COALESCE(sum(f.projects), 0)::bigint AS projects, COALESCE(sum(f.facilities), 0)::bigint AS facilities,
           COALESCE(sum(f."totalCostVnd"), 0)::bigint AS total, COALESCE(sum(f."stateSupportVnd"), 0)::bigint AS state,
           COALESCE(sum(f."counterpartVnd"), 0)::bigint AS counterpart, COALESCE(sum(f."paidVnd"), 0)::bigint AS paid,
           COALESCE(sum(f."doneProjects"), 0)::bigint AS done
    FROM ${facts} f`;
  return {
    year: input.year,
    projects: row!.projects.toString(),
    facilities: row!.facilities.toString(),
    totalCostVnd: row!.total.toString(),
    stateSupportVnd: row!.state.toString(),
    counterpartVnd: row!.counterpart.toString(),
    paidVnd: row!.paid.toString(),
    doneProjects: row!.done.toString(),
    computedAt: at.toISOString(),
  };
}
