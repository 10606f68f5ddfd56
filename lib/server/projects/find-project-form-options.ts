import 'server-only';
import { FACILITY_VERIFIED } from '@/lib/domain/lifecycle/beneficiary';
import { compareVietnamese } from '@/lib/domain/format';
import { adminUnitName } from '@/lib/domain/labels';
import type { Actor } from '@/lib/domain/roles';
import { adminUnitScope, facilityScope, programmeScope, projectScope } from '@/lib/domain/scope';
import { assertCan } from '../authz';
import { db } from '../db';
import { now as clockNow } from '@/lib/server/clock';
import { adminUnitLabel } from '../admin-unit-label';

export interface Option {
  value: number;
  label: string;
}

/** Facilities that may be named as beneficiaries: in the actor's scope and verified (a self-registered one waits for its xã or the Trung tâm). */
export function nameableFacilities(actor: Actor) {
  return { AND: [facilityScope(actor), { verification: FACILITY_VERIFIED }] };
}

/** Those facilities, by name, with what a choice shows of them; `only` narrows them to one. */
export function findNameableFacilities(actor: Actor, only?: { id: number }) {
  return db.facility.findMany({
    where: only ? { AND: [nameableFacilities(actor), only] } : nameableFacilities(actor),
    orderBy: { name: 'asc' },
    select: { id: true, name: true, taxCode: true, adminUnit: adminUnitLabel },
  });
}

/** Content categories in force, parents before their sub-items ("KC03.4 · Ứng dụng máy móc …"). */
export async function findContentCategoryOptions(): Promise<Option[]> {
  const rows = await db.contentCategory.findMany({ orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }], select: { id: true, code: true, name: true, validTo: true } });
  return rows.filter((r) => !r.validTo || r.validTo >= clockNow()).map((r) => ({ value: r.id, label: `${r.code} · ${r.name}` }));
}

/** Choices of the đề án forms, limited to what the actor may see. */
export async function findProjectFormOptions(actor: Actor) {
  assertCan(actor, 'project:read');
  const [categories, targets, units, facilities] = await Promise.all([
    findContentCategoryOptions(),
    db.programmeTarget.findMany({
      where: { programme: programmeScope(actor) },
      orderBy: [{ programme: { startYear: 'desc' } }, { group: { sortOrder: 'asc' } }, { sortOrder: 'asc' }],
      select: { id: true, itemNo: true, name: true, unit: true, group: { select: { code: true } }, programme: { select: { code: true } } },
    }),
    db.adminUnit.findMany({ where: adminUnitScope(actor), orderBy: [{ type: 'asc' }, { name: 'asc' }], select: { id: true, type: true, name: true, formerArea: true } }),
    findNameableFacilities(actor),
  ]);
  return {
    categories,
    targets: targets.map((t) => ({ value: t.id, label: `${t.programme.code} · ${t.group.code}.${t.itemNo} ${t.name}${t.unit ? ` (${t.unit})` : ''}` })),
    adminUnits: units.map((u) => ({ value: u.id, label: `${adminUnitName(u)}${u.formerArea ? ` — ${u.formerArea}` : ''}` })),
    areas: [...new Set(units.map((u) => u.formerArea).filter((a): a is string => !!a))].sort(compareVietnamese),
    facilities: facilities.map((f) => ({ value: f.id, label: `${f.name} — MST ${f.taxCode} — ${adminUnitName(f.adminUnit)}` })),
  };
}

export type ProjectFormOptions = Awaited<ReturnType<typeof findProjectFormOptions>>;

/**
 * Above this many facilities in scope the list's "Cơ sở" filter is no drop-down (a province's ten
 * thousand facilities made every list page 2 MB): the search box finds a facility by name or MST,
 * and a drill-down's chosen facility stays shown by name.
 */
export const FACILITY_FILTER_MAX_OPTIONS = 300;

/** Choices of the list filters: the span of years with đề án in scope, the content items, the places and, while few, the facilities. */
export async function findProjectFilterOptions(actor: Actor, selectedFacilityId?: number) {
  assertCan(actor, 'project:read');
  // Years: every year from the first đề án in scope to the last — the first row of the list's own
  // index each way (an aggregate's MIN/MAX, which Prisma wraps in a subquery, read every đề án of the
  // province). Facilities: only whether there are more than the drop-down shows (at most 301 read).
  const scope = projectScope(actor);
  const [categories, units, first, last, facilitiesSeen] = await Promise.all([
    findContentCategoryOptions(),
    db.adminUnit.findMany({ where: adminUnitScope(actor), orderBy: [{ type: 'asc' }, { name: 'asc' }], select: { id: true, type: true, name: true, formerArea: true } }),
    db.project.findFirst({ where: scope, orderBy: { year: 'asc' }, select: { year: true } }),
    db.project.findFirst({ where: scope, orderBy: { year: 'desc' }, select: { year: true } }),
    db.facility.findMany({ where: nameableFacilities(actor), select: { id: true }, take: FACILITY_FILTER_MAX_OPTIONS + 1 }),
  ]);
  const listed = facilitiesSeen.length <= FACILITY_FILTER_MAX_OPTIONS;
  const years = !first || !last ? [] : Array.from({ length: last.year - first.year + 1 }, (_, i) => last.year - i);
  const facilityRows = listed ? await findNameableFacilities(actor) : selectedFacilityId ? await findNameableFacilities(actor, { id: selectedFacilityId }) : [];
  return {
    years,
    categories,
    adminUnits: units.map((u) => ({ value: u.id, label: `${adminUnitName(u)}${u.formerArea ? ` — ${u.formerArea}` : ''}` })),
    areas: [...new Set(units.map((u) => u.formerArea).filter((a): a is string => !!a))].sort(compareVietnamese),
    facilities: facilityRows.map((f) => ({ value: f.id, label: `${f.name} — MST ${f.taxCode} — ${adminUnitName(f.adminUnit)}` })),
  };
}
