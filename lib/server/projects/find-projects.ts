import 'server-only';
import { overdueWarning } from '@/lib/domain/project-overdue';
import { Prisma } from '@/prisma/generated/client/client';
import { isProjectStatus } from '@/lib/domain/lifecycle/project';
import type { Actor } from '@/lib/domain/roles';
import { REPORTED_PROJECT_STATES } from '@/lib/domain/reports';
import { projectScope } from '@/lib/domain/scope';
import type { ProjectListQuery } from '@/lib/schemas/project';
import { assertCan } from '../authz';
import { codeLabel } from '../code-label';
import { today } from '../dates';
import { dbRead } from '../db';
import { escapeLike } from '@/lib/domain/format';

export const PROJECTS_PAGE_SIZE = 20;

export type ProjectFilters = Partial<ProjectListQuery>;

/**
 * The filter of a text search: every word must occur in the đề án's code, name, place or a
 * beneficiary's name or MST, ignoring case and diacritics — "ung dung may moc" finds "Ứng dụng máy
 * móc". The words are normalised by the same database function that fills "searchText" (unaccent,
 * lower case), so both sides agree, and the trigram index on "searchText" answers the LIKE.
 */
async function searchFilter(q: string): Promise<Prisma.ProjectWhereInput> {
  const words = q.split(/\s+/).filter(Boolean).slice(0, 8);
  const rows = await dbRead.$queryRaw<{ word: string }[]>`SELECT kc_search_normalize(w) AS word FROM unnest(${words}::text[]) AS w`;
  // Prisma's `contains` does not escape LIKE wildcards: a typed "%" must not match everything.
  return { AND: rows.map((r) => ({ searchText: { contains: escapeLike(r.word) } })) };
}

/** The `where` of a filtered list: scope first, then every filter; shared by the list and the export. */
export async function buildProjectWhere(actor: Actor, query: ProjectFilters): Promise<Prisma.ProjectWhereInput> {
  const filters: Prisma.ProjectWhereInput[] = [projectScope(actor)];
  if (query.year) filters.push({ year: query.year });
  if (query.yearFrom) filters.push({ year: { gte: query.yearFrom } });
  if (query.yearTo) filters.push({ year: { lte: query.yearTo } });
  if (query.counted) filters.push({ status: { in: [...REPORTED_PROJECT_STATES] } });
  if (query.province) filters.push({ provinceId: query.province });
  if (query.status && isProjectStatus(query.status)) filters.push({ status: query.status });
  if (query.source) filters.push({ fundingLevel: query.source });
  if (query.content) filters.push({ OR: [{ contentCategoryId: query.content }, { contentCategory: { parentId: query.content } }] });
  if (query.xa) filters.push({ adminUnitId: query.xa });
  if (query.area) filters.push({ adminUnit: { formerArea: query.area } });
  if (query.facility) filters.push({ beneficiaries: { some: { facilityId: query.facility } } });
  if (query.q?.trim()) filters.push(await searchFilter(query.q.trim()));
  return { AND: filters };
}

function orderOf(query: ProjectFilters): Prisma.ProjectOrderByWithRelationInput[] {
  const dir = query.dir ?? 'asc';
  switch (query.sort) {
    case 'name':
      return [{ name: dir }, { id: 'asc' }];
    case 'year':
      return [{ year: dir }, { code: 'asc' }];
    case 'support':
      return [{ approvedSupportVnd: { sort: dir, nulls: 'last' } }, { stateSupportVnd: dir }, { id: 'asc' }];
    case 'status':
      return [{ status: dir }, { code: 'asc' }];
    case 'updated':
      return [{ updatedAt: dir }, { id: 'asc' }];
    case 'code':
      return [{ code: dir }];
    default:
      // The id last: a stable order across pages even where two provinces share a code (open data API).
      return [{ year: 'desc' }, { code: 'asc' }, { id: 'asc' }];
  }
}

/** What names a đề án wherever it is listed or headed: its code, name, year, status and source. */
export const projectHeadingSelect = {
  id: true,
  code: true,
  name: true,
  year: true,
  status: true,
  fundingLevel: true,
} satisfies Prisma.ProjectSelect;

export const projectListSelect = {
  ...projectHeadingSelect,
  totalCostVnd: true,
  stateSupportVnd: true,
  counterpartVnd: true,
  approvedSupportVnd: true,
  progressPercent: true,
  endDate: true,
  isRecoverable: true,
  province: codeLabel,
  contentCategory: codeLabel,
  adminUnit: { select: { id: true, type: true, name: true, formerArea: true } },
  implementingOrg: { select: { name: true, shortName: true } },
  beneficiaries: { select: { facility: { select: { id: true, name: true } } } },
} satisfies Prisma.ProjectSelect;

/** From this many rows skipped on, a page first finds its ids, then reads those đề án. */
const DEEP_PAGE_SKIP = 1_000;

/**
 * One page of đề án in list order. A deep page (OFFSET of thousands) first walks the order for the
 * page's ids alone — an index-only scan of Project_list_order_idx in the default order — then reads
 * just those rows with their relations, instead of reading and discarding every row before them.
 */
async function pageOf(where: Prisma.ProjectWhereInput, orderBy: Prisma.ProjectOrderByWithRelationInput[], skip: number, take: number) {
  if (skip < DEEP_PAGE_SKIP) return dbRead.project.findMany({ where, orderBy, skip, take, select: projectListSelect });
  const ids = (await dbRead.project.findMany({ where, orderBy, skip, take, select: { id: true } })).map((r) => r.id);
  const rows = await dbRead.project.findMany({ where: { id: { in: ids } }, select: projectListSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** One page of the list; `pageSize` other than the page's 20 is the open data API's `so_dong`. */
export async function findProjects(actor: Actor, query: ProjectFilters, pageSize = PROJECTS_PAGE_SIZE) {
  assertCan(actor, 'project:read');
  const where = await buildProjectWhere(actor, query);
  const page = Math.max(1, query.page ?? 1);
  const [rows, total] = await Promise.all([pageOf(where, orderOf(query), (page - 1) * pageSize, pageSize), dbRead.project.count({ where })]);
  const day = today();
  return { rows: rows.map((r) => ({ ...r, overdue: overdueWarning(r, day) })), total, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** Every matching row, for the Excel export (bounded so one click cannot exhaust the server). */
export const PROJECT_EXPORT_LIMIT = 10_000;

/** The ids of every matching row in list order, for the Excel export (bounded, see above). */
export async function findProjectIdsForExport(actor: Actor, query: ProjectFilters): Promise<number[]> {
  assertCan(actor, 'project:read');
  const where = await buildProjectWhere(actor, query);
  return (await dbRead.project.findMany({ where, orderBy: orderOf(query), take: PROJECT_EXPORT_LIMIT, select: { id: true } })).map((r) => r.id);
}

/** The export's rows of some ids (already scoped and filtered by `findProjectIdsForExport`), in that order. */
export async function findProjectsForExport(ids: number[]) {
  const rows = await dbRead.project.findMany({ where: { id: { in: ids } }, select: { ...projectListSelect, normExceptionNote: true } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
