import 'server-only';
import { isoDateVn } from '@/lib/domain/format';
import { PROJECT_LIFECYCLE } from '@/lib/domain/lifecycle/project';
import type { Actor } from '@/lib/domain/roles';
import type { ProjectListParams } from '@/lib/schemas/open-data';
import { findProjects } from '../projects/find-projects';
import { assertXaInScope, provinceFilter, type ApiClientScope } from './api-scope';

type ListRow = Awaited<ReturnType<typeof findProjects>>['rows'][number];

export const vnd = (value: bigint) => value.toString();
export const isoDay = (value: Date | null) => (value ? isoDateVn(value) : null);

export function statusLabel(status: string): string {
  return (PROJECT_LIFECYCLE.statusLabels as Record<string, string>)[status] ?? status;
}

/** A list row as the API's ProjectSummary. */
export function projectSummary(r: ListRow) {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    year: r.year,
    province: r.province,
    status: r.status,
    statusLabel: statusLabel(r.status),
    fundingLevel: r.fundingLevel,
    content: r.contentCategory,
    adminUnit: r.adminUnit,
    implementingOrg: r.implementingOrg.name,
    totalCostVnd: vnd(r.totalCostVnd),
    stateSupportVnd: vnd(r.stateSupportVnd),
    counterpartVnd: vnd(r.counterpartVnd),
    approvedSupportVnd: r.approvedSupportVnd === null ? null : vnd(r.approvedSupportVnd),
    progressPercent: r.progressPercent,
    endDate: isoDay(r.endDate),
    isRecoverable: r.isRecoverable,
    beneficiaries: r.beneficiaries.map((b) => b.facility),
  };
}

/** GET /api/mo/de-an: the portal's own list (same scope, filters and order), one page of it. */
export async function findOpenProjects(client: ApiClientScope, actor: Actor, params: ProjectListParams, url: URL) {
  const province = await provinceFilter(client, params.tinh);
  await assertXaInScope(client, params.xa);
  const result = await findProjects(actor, { province, year: params.nam, source: params.nguon, xa: params.xa, page: params.trang }, params.so_dong);
  let next: string | null = null;
  if (result.page < result.pageCount) {
    const nextUrl = new URL(url.pathname + url.search, 'http://x');
    nextUrl.searchParams.set('trang', String(result.page + 1));
    next = nextUrl.pathname + nextUrl.search;
  }
  return {
    data: result.rows.map(projectSummary),
    page: { page: result.page, pageSize: result.pageSize, total: result.total, pageCount: result.pageCount, next },
  };
}
