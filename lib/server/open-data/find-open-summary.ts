import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import type { SummaryParams } from '@/lib/schemas/open-data';
import { findSummaryReport, type SummaryRow } from '../reports/find-summary-report';
import { assertXaInScope, provinceFilter, type ApiClientScope } from './api-scope';
import { vnd } from './find-open-projects';

function row(r: SummaryRow) {
  return {
    key: r.key,
    label: r.label,
    projects: Number(r.projects),
    facilities: Number(r.facilities),
    totalCostVnd: vnd(r.totalCostVnd),
    stateSupportVnd: vnd(r.stateSupportVnd),
    kcqgVnd: vnd(r.kcqgVnd),
    kcdpVnd: vnd(r.kcdpVnd),
    counterpartVnd: vnd(r.counterpartVnd),
    otherFundingVnd: vnd(r.otherFundingVnd),
    approvedVnd: vnd(r.approvedVnd),
    paidVnd: vnd(r.paidVnd),
  };
}

/** GET /api/mo/tong-hop: the summary report's one GROUP BY (same scope and rules as /bao-cao). */
export async function findOpenSummary(client: ApiClientScope, actor: Actor, params: SummaryParams) {
  const province = await provinceFilter(client, params.tinh);
  await assertXaInScope(client, params.xa);
  const report = await findSummaryReport(actor, { yearFrom: params.tu_nam, yearTo: params.den_nam, source: params.nguon, xa: params.xa, province, area: undefined, content: undefined });
  return {
    total: report.total ? row(report.total) : null,
    byYear: report.byYear.map(row),
    bySource: report.bySource.map(row),
    byXa: report.byXa.map(row),
    byProvince: report.byProvince.map(row),
  };
}
