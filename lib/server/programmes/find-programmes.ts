import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { programmeScope } from '@/lib/domain/scope';
import { assertCan } from '../authz';
import { codeLabel } from '../code-label';
import { db } from '../db';

/** Programmes the actor may read, newest period first. */
export async function findProgrammes(actor: Actor) {
  assertCan(actor, 'programme:read');
  return db.programme.findMany({
    where: programmeScope(actor),
    orderBy: [{ startYear: 'desc' }, { level: 'asc' }, { code: 'asc' }],
    select: {
      id: true,
      provinceId: true,
      code: true,
      name: true,
      level: true,
      startYear: true,
      endYear: true,
      status: true,
      decision: { select: { number: true, issuedOn: true } },
      province: codeLabel,
      _count: { select: { targets: true } },
    },
  });
}
