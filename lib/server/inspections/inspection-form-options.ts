import 'server-only';
import { PROJECT_FINISHED_STATES } from '@/lib/domain/lifecycle/project';
import type { Actor } from '@/lib/domain/roles';
import { adminUnitScope, projectScope } from '@/lib/domain/scope';
import { db } from '../db';

/** The xã of the actor's province, for the forms that pick one (inspection plan, collaborator proposal). */
export async function findAdminUnitOptions(actor: Actor) {
  const units = await db.adminUnit.findMany({ where: { AND: [adminUnitScope(actor), { provinceId: actor.provinceId ?? -1 }] }, orderBy: { name: 'asc' }, select: { id: true, name: true } });
  return units.map((u) => ({ value: u.id, label: u.name }));
}

/** The đề án (not finished) and xã of the actor's province an inspection may visit, for the plan form. */
export async function findInspectionFormOptions(actor: Actor) {
  const provinceId = actor.provinceId ?? -1;
  const [projects, adminUnits] = await Promise.all([
    db.project.findMany({
      where: { AND: [projectScope(actor), { provinceId, status: { notIn: [...PROJECT_FINISHED_STATES] } }] },
      orderBy: [{ year: 'desc' }, { code: 'asc' }],
      select: { id: true, code: true, name: true },
      take: 500,
    }),
    findAdminUnitOptions(actor),
  ]);
  return { projects: projects.map((p) => ({ value: p.id, label: `${p.code} — ${p.name}` })), adminUnits };
}
