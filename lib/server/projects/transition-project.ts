import 'server-only';
import type { Prisma } from '@/prisma/generated/client/client';
import { PROJECT_LIFECYCLE, type ProjectEvent, type ProjectStatus } from '@/lib/domain/lifecycle/project';
import type { Actor } from '@/lib/domain/roles';
import type { Tx } from '../db';
import { applyTransition } from '../lifecycle/transition';

/**
 * Moves a đề án through PROJECT_LIFECYCLE (permission, from-state, reason), updating only if its
 * status is still the one loaded, and writes the audit row — in the caller's transaction. `changes`
 * are further columns set in the same conditional update.
 */
export async function transitionProject(
  tx: Tx,
  actor: Actor,
  project: { id: number; provinceId: number; status: ProjectStatus },
  event: ProjectEvent,
  options: { reason?: string | null; data?: Prisma.InputJsonValue; changes?: Prisma.ProjectUncheckedUpdateManyInput } = {},
): Promise<ProjectStatus> {
  return applyTransition(tx, {
    actor,
    lifecycle: PROJECT_LIFECYCLE,
    event,
    entityType: 'Project',
    entityId: project.id,
    provinceId: project.provinceId,
    current: project.status,
    reason: options.reason,
    data: options.data,
    write: (from, to) => tx.project.updateMany({ where: { id: project.id, status: from }, data: { ...options.changes, status: to } }),
  });
}
