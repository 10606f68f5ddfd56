import 'server-only';
import { PROJECT_FINISHED_STATES } from '@/lib/domain/lifecycle/project';
import type { Actor } from '@/lib/domain/roles';
import { adminUnitScope, projectScope } from '@/lib/domain/scope';
import { db } from '../db';

/** The đề án (not finished) and xã of the actor's province an inspection may visit, for the plan form. */
export async function findInspectionFormOptions(actor: Actor) {
  const provinceId = actor.provinceId ?? -1;
  const [projects, units] = await Promise.all([
    db.project.findMany({
      where: { AND: [projectScope(actor), { provinceId, status: { notIn: [...PROJECT_FINISHED_STATES] } }] },
      orderBy: [{ year: 'desc' }, { code: 'asc' }],
      select: { id: true, code: true, name: true },
      take: 500,
    }),
    db.adminUnit.findMany({ where: { AND: [adminUnitScope(actor), { provinceId }] }, orderBy: { name: 'asc' }, select: { id: true, name: true } }),
  ]);
  return {
    projects: projects.map((p) => ({ value: p.id, label: `${p.code} — ${p.name}` })),
    adminUnits: units.map((u) => ({ value: u.id, label: u.name })),
  };
}
