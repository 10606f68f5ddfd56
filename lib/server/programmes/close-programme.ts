import 'server-only';
import { PROGRAMME_LIFECYCLE } from '@/lib/domain/programme-lifecycle';
import type { Actor } from '@/lib/domain/roles';
import { assertCan } from '../authz';
import { db } from '../db';
import { applyTransition } from '../lifecycle/transition';
import { getProgrammeInScopeOrThrow } from './get-programme';

/** Ends an approved programme (its period is over or it is replaced); its targets are then frozen. */
export async function closeProgramme(actor: Actor, input: { programmeId: number; reason: string }) {
  assertCan(actor, 'programme:approve');
  return db.$transaction(async (tx) => {
    const programme = await getProgrammeInScopeOrThrow(tx, actor, input.programmeId);
    return applyTransition(tx, {
      actor,
      lifecycle: PROGRAMME_LIFECYCLE,
      event: 'close',
      entityType: 'Programme',
      entityId: programme.id,
      provinceId: programme.provinceId,
      current: programme.status,
      reason: input.reason,
      write: (from, to) => tx.programme.updateMany({ where: { id: programme.id, status: from }, data: { status: to } }),
    });
  });
}
