import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { projectScope } from '@/lib/domain/scope';
import { assertCan } from '../authz';
import { db } from '../db';

/** The outputs of a đề án the actor may read, newest first, each with its participants (in Vietnamese order). */
export async function findProjectOutputs(actor: Actor, projectId: number, count?: number) {
  assertCan(actor, 'project:read');
  // `count`: how many the đề án has in all, when the caller knows (none: nothing to read).
  if (count === 0) return [];
  return db.projectOutput.findMany({
    where: { projectId, project: projectScope(actor) },
    orderBy: [{ heldOn: 'desc' }, { id: 'desc' }],
    include: { participants: { orderBy: [{ rowNo: 'asc' }] }, recordedBy: { select: { fullName: true } } },
  });
}

export type ProjectOutputView = Awaited<ReturnType<typeof findProjectOutputs>>[number];
