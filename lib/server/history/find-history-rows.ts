import 'server-only';
import type { Prisma } from '@/prisma/generated/client/client';
import { REPORTED_HISTORY_STATES } from '@/lib/domain/reports';
import type { Actor } from '@/lib/domain/roles';
import type { ReportQuery } from '@/lib/schemas/report';
import { assertCan } from '../authz';
import { db } from '../db';
import { adminUnitLabel } from '../admin-unit-label';

const LIMIT = 500;

/** Where shared by both grains: the report's scope and place filters (decision 0028). */
function placeWhere(actor: Actor, query: ReportQuery) {
  const where: { provinceId?: number; adminUnitId?: number; fundingLevel?: 'KCQG' | 'KCDP'; area?: string; contentCategoryId?: { in: number[] } | number } = {};
  if (actor.role === 'MINISTRY_OFFICER') where.fundingLevel = 'KCQG';
  else where.provinceId = actor.provinceId ?? -1;
  if (actor.role === 'XA_OFFICER') where.adminUnitId = actor.adminUnitId ?? -1;
  if (query.province && actor.role === 'MINISTRY_OFFICER') where.provinceId = query.province;
  // The ministry reads KCQG only: asking it for KCĐP must show nothing, not widen the scope.
  if (query.source) {
    if (where.fundingLevel && where.fundingLevel !== query.source) where.provinceId = -1;
    else where.fundingLevel = query.source;
  }
  if (query.area) where.area = query.area;
  if (query.xa && actor.role !== 'XA_OFFICER') where.adminUnitId = query.xa;
  return where;
}

/**
 * The imported history rows behind a report figure: per-đề án rows in the period, and aggregate
 * rows whose whole period lies inside it — the same rows the report counts.
 */
export async function findHistoryRows(actor: Actor, query: ReportQuery) {
  assertCan(actor, 'report:read');
  const base = placeWhere(actor, query);
  const content = query.content ? { OR: [{ contentCategoryId: query.content }, { contentCategory: { parentId: query.content } }] } : {};
  const from = query.yearFrom ?? 2000;
  const to = query.yearTo ?? 2100;
  const projectWhere: Prisma.HistoricalProjectWhereInput = { ...base, ...content, year: { gte: from, lte: to }, state: { in: [...REPORTED_HISTORY_STATES] } };
  const aggregateWhere: Prisma.HistoricalAggregateWhereInput = { ...base, ...content, yearFrom: { gte: from }, yearTo: { lte: to } };
  const [projects, aggregates] = await Promise.all([
    db.historicalProject.findMany({
      where: projectWhere,
      orderBy: [{ year: 'asc' }, { importId: 'asc' }, { rowNo: 'asc' }],
      take: LIMIT,
      include: { contentCategory: { select: { code: true } }, adminUnit: adminUnitLabel, import: { select: { fileName: true, importedAt: true } } },
    }),
    db.historicalAggregate.findMany({
      where: aggregateWhere,
      orderBy: [{ yearFrom: 'asc' }, { importId: 'asc' }, { rowNo: 'asc' }],
      take: LIMIT,
      include: { contentCategory: { select: { code: true } }, adminUnit: adminUnitLabel, import: { select: { fileName: true, importedAt: true } } },
    }),
  ]);
  return { projects, aggregates, limit: LIMIT };
}
