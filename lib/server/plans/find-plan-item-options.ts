import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { adminUnitScope } from '@/lib/domain/scope';
import { db } from '../db';
import { targetLabel, targetsOpenForYear } from '../programmes/targets-open-for-year';
import { findNameableFacilities } from '../projects/find-project-form-options';

/** Content categories in force during the year (validity dates are data, DOMAIN.md). */
export function categoriesValidIn(year: number) {
  const start = new Date(Date.UTC(year, 0, 1));
  const end = new Date(Date.UTC(year, 11, 31));
  return { validFrom: { lte: end }, OR: [{ validTo: null }, { validTo: { gte: start } }] };
}

/** Choices of the proposal form: contents, programme targets of the year, places and beneficiaries in scope. */
export async function findPlanItemOptions(actor: Actor, plan: { year: number; adminUnitId: number | null }) {
  const [categories, targets, adminUnits, facilities] = await Promise.all([
    db.contentCategory.findMany({ where: categoriesValidIn(plan.year), orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }], select: { id: true, code: true, name: true } }),
    db.programmeTarget.findMany({
      where: targetsOpenForYear(actor, plan.year),
      orderBy: [{ group: { sortOrder: 'asc' } }, { sortOrder: 'asc' }],
      select: {
        id: true,
        itemNo: true,
        name: true,
        unit: true,
        contentCategoryId: true,
        group: { select: { code: true } },
        programme: { select: { level: true, code: true } },
        values: { where: { year: plan.year }, select: { quantity: true } },
      },
    }),
    db.adminUnit.findMany({
      // A xã plan takes place in its own xã; other units choose among the province's.
      where: plan.adminUnitId ? { id: plan.adminUnitId } : adminUnitScope(actor),
      orderBy: [{ type: 'asc' }, { name: 'asc' }],
      select: { id: true, type: true, name: true, formerArea: true },
    }),
    findNameableFacilities(actor),
  ]);
  return {
    categories,
    targets: targets.map((t) => ({
      id: t.id,
      label: targetLabel(t),
      unit: t.unit,
      level: t.programme.level,
      contentCategoryId: t.contentCategoryId,
      plannedThisYear: t.values[0]?.quantity ?? null,
    })),
    adminUnits,
    facilities,
  };
}

export type PlanItemOptions = Awaited<ReturnType<typeof findPlanItemOptions>>;
