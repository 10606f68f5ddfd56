import 'server-only';
import { Prisma } from '@/prisma/generated/client/client';
import { isProjectStatus } from '@/lib/domain/lifecycle/project';
import type { Actor } from '@/lib/domain/roles';
import { REPORTED_PROJECT_STATES } from '@/lib/domain/reports';
import { projectScope } from '@/lib/domain/scope';
import type { ProjectListQuery } from '@/lib/schemas/project';
import { assertCan } from '../authz';
import { db } from '../db';

export const PROJECTS_PAGE_SIZE = 20;

export type ProjectFilters = Partial<ProjectListQuery>;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Ids of the đề án whose name, code, place, beneficiary name or MST contain every word of the query,
 * ignoring case and diacritics (PostgreSQL unaccent): "ung dung may moc" finds "Ứng dụng máy móc".
 * Limited to the actor's province; the caller still applies the full scope.
 */
async function searchProjectIds(actor: Actor, q: string): Promise<number[]> {
  const words = q.split(/\s+/).filter(Boolean).slice(0, 8);
  if (words.length === 0) return [];
  const conditions = words.map((word) => {
    const pattern = `%${escapeLike(word)}%`;
    return Prisma.sql`(
      lower(unaccent(p."name")) LIKE lower(unaccent(${pattern}))
      OR lower(unaccent(p."code")) LIKE lower(unaccent(${pattern}))
      OR lower(unaccent(coalesce(p."place", ''))) LIKE lower(unaccent(${pattern}))
      OR EXISTS (
        SELECT 1 FROM "ProjectBeneficiary" pb JOIN "Facility" f ON f."id" = pb."facilityId"
        WHERE pb."projectId" = p."id"
          AND (lower(unaccent(f."name")) LIKE lower(unaccent(${pattern})) OR f."taxCode" LIKE ${pattern})
      )
    )`;
  });
  const province = actor.provinceId === null ? Prisma.sql`TRUE` : Prisma.sql`p."provinceId" = ${actor.provinceId}`;
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT p."id" FROM "Project" p WHERE ${province} AND ${Prisma.join(conditions, ' AND ')}`;
  return rows.map((r) => r.id);
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
  if (query.q?.trim()) filters.push({ id: { in: await searchProjectIds(actor, query.q.trim()) } });
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
    db.project.findMany({ where, orderBy: orderOf(query), skip: (page - 1) * PROJECTS_PAGE_SIZE, take: PROJECTS_PAGE_SIZE, select: projectListSelect }),
    db.project.count({ where }),
  ]);
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / PROJECTS_PAGE_SIZE)) };
}

/** Every matching row, for the Excel export (bounded so one click cannot exhaust the server). */
export const PROJECT_EXPORT_LIMIT = 10_000;

export async function findProjectsForExport(actor: Actor, query: ProjectFilters) {
  assertCan(actor, 'project:read');
  const where = await buildProjectWhere(actor, query);
  return db.project.findMany({ where, orderBy: orderOf(query), take: PROJECT_EXPORT_LIMIT, select: { ...projectListSelect, normExceptionNote: true } });
}
