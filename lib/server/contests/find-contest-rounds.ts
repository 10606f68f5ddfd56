import 'server-only';
import { contestRoundScope } from '@/lib/domain/scope';
import type { Actor } from '@/lib/domain/roles';
import { assertCan } from '../authz';
import { db } from '../db';
import { adminUnitLabel } from '../admin-unit-label';

/** The rounds the actor may see, newest first, with their entry counts. */
export async function findContestRounds(actor: Actor) {
  assertCan(actor, 'contest:read');
  return db.contestRound.findMany({
    where: contestRoundScope(actor),
    orderBy: [{ year: 'desc' }, { id: 'desc' }],
    select: {
      id: true,
      name: true,
      level: true,
      year: true,
      status: true,
      decisionNumber: true,
      decisionDate: true,
      adminUnit: adminUnitLabel,
      _count: { select: { entries: true } },
    },
  });
}
