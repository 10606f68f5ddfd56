import 'server-only';
import { FACILITY_VERIFIED } from '@/lib/domain/lifecycle/beneficiary';
import type { Actor } from '@/lib/domain/roles';
import { adminUnitScope, facilityScope } from '@/lib/domain/scope';
import { db } from '../db';
import { targetLabel, targetsOpenForYear } from '../programmes/targets-open-for-year';

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
    db.facility.findMany({
      // Only verified facilities may be named (a self-registered one waits for its xã or the Trung tâm).
      where: { AND: [facilityScope(actor), { verification: FACILITY_VERIFIED }] },
      orderBy: { name: 'asc' },
      select: { id: true, name: true, taxCode: true, adminUnit: { select: { type: true, name: true } } },
    }),
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
