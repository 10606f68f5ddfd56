import 'server-only';
import { Prisma } from '@/prisma/generated/client/client';
import { adminUnitName } from '@/lib/domain/labels';
import type { Actor } from '@/lib/domain/roles';
import { programmeScope } from '@/lib/domain/scope';
import { assertCan } from '../authz';
import { dbRead } from '../db';
import { findContentCategoryOptions } from '../projects/find-project-form-options';

/** Choices of the report filters: years with records (live or history), programme periods, places in scope. */
export async function findReportOptions(actor: Actor) {
  assertCan(actor, 'report:read');
  const national = actor.role === 'MINISTRY_OFFICER';
  const province = actor.provinceId ?? -1;
  const inScope = national ? Prisma.sql`TRUE` : Prisma.sql`"provinceId" = ${province}`;
  const unitWhere = national ? { id: -1 } : actor.role === 'XA_OFFICER' ? { id: actor.adminUnitId ?? -1 } : { provinceId: province };
  const [bounds, periods, units, categories] = await Promise.all([
    // Per table, so PostgreSQL answers each min/max from an index on (province, year) instead of
    // reading every đề án ("national OR province = …" as one bound condition cannot use it).
    dbRead.$queryRaw<{ min: number | null; max: number | null }[]>`
      SELECT min(y)::int AS min, max(y)::int AS max FROM (
        SELECT min("year") AS y FROM "Project" WHERE ${inScope} UNION ALL SELECT max("year") FROM "Project" WHERE ${inScope}
        UNION ALL SELECT min("year") FROM "HistoricalProject" WHERE ${inScope} UNION ALL SELECT max("year") FROM "HistoricalProject" WHERE ${inScope}
        UNION ALL SELECT min("yearFrom") FROM "HistoricalAggregate" WHERE ${inScope} UNION ALL SELECT max("yearTo") FROM "HistoricalAggregate" WHERE ${inScope}
        UNION ALL SELECT min("year") FROM "HistoricalPlanTotal" WHERE ${inScope} UNION ALL SELECT max("year") FROM "HistoricalPlanTotal" WHERE ${inScope}) t`,
    dbRead.programme.findMany({ where: programmeScope(actor), distinct: ['startYear', 'endYear'], select: { startYear: true, endYear: true }, orderBy: { startYear: 'asc' } }),
    dbRead.adminUnit.findMany({ where: unitWhere, orderBy: [{ type: 'asc' }, { name: 'asc' }], select: { id: true, type: true, name: true, formerArea: true } }),
    findContentCategoryOptions(),
  ]);
  const { min, max } = bounds[0] ?? { min: null, max: null };
  const years: number[] = [];
  if (min !== null && max !== null) for (let y = max; y >= min; y--) years.push(y);
  return {
    years,
    periods: periods.map((p) => ({ yearFrom: p.startYear, yearTo: p.endYear })),
    categories,
    adminUnits: units.map((u) => ({ value: u.id, label: `${adminUnitName(u)}${u.formerArea ? ` — ${u.formerArea}` : ''}` })),
    areas: [...new Set(units.map((u) => u.formerArea).filter((a): a is string => !!a))].sort(),
  };
}
