import 'server-only';
import { overdueWarning } from '@/lib/domain/project-overdue';
import { Prisma } from '@/prisma/generated/client/client';
import { isProjectStatus } from '@/lib/domain/lifecycle/project';
import type { Actor } from '@/lib/domain/roles';
import { REPORTED_PROJECT_STATES } from '@/lib/domain/reports';
import { projectScope } from '@/lib/domain/scope';
import type { ProjectListQuery } from '@/lib/schemas/project';
import { assertCan } from '../authz';
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
      return [{ year: 'desc' }, { code: 'asc' }];
  }
}

export const projectListSelect = {
  id: true,
  code: true,
  name: true,
  year: true,
  status: true,
  fundingLevel: true,
  totalCostVnd: true,
  stateSupportVnd: true,
  counterpartVnd: true,
  approvedSupportVnd: true,
  progressPercent: true,
  endDate: true,
  isRecoverable: true,
  contentCategory: { select: { code: true, name: true } },
  adminUnit: { select: { type: true, name: true, formerArea: true } },
  implementingOrg: { select: { name: true, shortName: true } },
  beneficiaries: { select: { facility: { select: { id: true, name: true } } } },
} satisfies Prisma.ProjectSelect;

export async function findProjects(actor: Actor, query: ProjectFilters) {
  assertCan(actor, 'project:read');
  const where = await buildProjectWhere(actor, query);
  const page = Math.max(1, query.page ?? 1);
  const [rows, total] = await Promise.all([
    dbRead.project.findMany({ where, orderBy: orderOf(query), skip: (page - 1) * PROJECTS_PAGE_SIZE, take: PROJECTS_PAGE_SIZE, select: projectListSelect }),
    dbRead.project.count({ where }),
  ]);
  const day = today();
  return { rows: rows.map((r) => ({ ...r, overdue: overdueWarning(r, day) })), total, page, pageCount: Math.max(1, Math.ceil(total / PROJECTS_PAGE_SIZE)) };
}

/** Every matching row, for the Excel export (bounded so one click cannot exhaust the server). */
export const PROJECT_EXPORT_LIMIT = 10_000;

export async function findProjectsForExport(actor: Actor, query: ProjectFilters) {
  assertCan(actor, 'project:read');
  const where = await buildProjectWhere(actor, query);
  return dbRead.project.findMany({ where, orderBy: orderOf(query), take: PROJECT_EXPORT_LIMIT, select: { ...projectListSelect, normExceptionNote: true } });
}
