import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/domain/roles';
import { projectScope } from '@/lib/domain/scope';
import { assertCan } from '../authz';
import { db } from '../db';

export const PROJECTS_PAGE_SIZE = 20;

export interface ProjectListQuery {
  page?: number;
  status?: string;
  year?: number;
}

export async function findProjects(actor: Actor, query: ProjectListQuery) {
  assertCan(actor, 'project:read');
  const filters: Prisma.ProjectWhereInput[] = [projectScope(actor)];
  if (query.year) filters.push({ year: query.year });
  if (query.status) filters.push({ status: query.status as Prisma.EnumProjectStatusFilter['equals'] });
  const where: Prisma.ProjectWhereInput = { AND: filters };
  const page = Math.max(1, query.page ?? 1);
  const [rows, total] = await Promise.all([
    db.project.findMany({
      where,
      orderBy: [{ year: 'desc' }, { code: 'asc' }],
      skip: (page - 1) * PROJECTS_PAGE_SIZE,
      take: PROJECTS_PAGE_SIZE,
      select: {
        id: true,
        code: true,
        name: true,
        year: true,
        status: true,
        fundingLevel: true,
        stateSupportVnd: true,
        approvedSupportVnd: true,
        contentCategory: { select: { code: true } },
        adminUnit: { select: { type: true, name: true } },
      },
    }),
    db.project.count({ where }),
  ]);
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / PROJECTS_PAGE_SIZE)) };
}
