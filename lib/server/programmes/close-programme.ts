import 'server-only';
import { PROGRAMME_LIFECYCLE } from '@/lib/domain/lifecycle/programme';
import type { Actor } from '@/lib/domain/roles';
import { assertCan } from '../authz';
import { db } from '../db';
import { transition } from '../lifecycle/transition';
import { getProgrammeInScopeOrThrow } from './get-programme';

/** Ends an approved programme (its period is over or it is replaced); its targets are then frozen. */
export async function closeProgramme(actor: Actor, input: { programmeId: number; reason: string }) {
  assertCan(actor, 'programme:approve');
  return db.$transaction(async (tx) => {
    const programme = await getProgrammeInScopeOrThrow(tx, actor, input.programmeId);
    return transition(tx, actor, PROGRAMME_LIFECYCLE, programme, 'close', { reason: input.reason });
  });
}
