import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { projectScope } from '@/lib/domain/scope';
import { assertCan } from '../authz';
import { db } from '../db';

/** The outputs of a đề án the actor may read, newest first, each with its participants (in Vietnamese order). */
export async function findProjectOutputs(actor: Actor, projectId: number) {
  assertCan(actor, 'project:read');
  return db.projectOutput.findMany({
    where: { projectId, project: projectScope(actor) },
    orderBy: [{ heldOn: 'desc' }, { id: 'desc' }],
    include: { participants: { orderBy: [{ rowNo: 'asc' }] }, recordedBy: { select: { fullName: true } } },
  });
}

export type ProjectOutputView = Awaited<ReturnType<typeof findProjectOutputs>>[number];
