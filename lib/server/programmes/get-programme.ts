import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { periodYears } from '@/lib/domain/programme-targets';
import { auditEventScope, programmeScope } from '@/lib/domain/scope';
import { assertCan, getInScopeOrThrow } from '../authz';
import { db, type Db, type Tx } from '../db';
import { loadAppendix } from './programme-appendix-store';

/** The programme row through the actor's scope (out of scope: FORBIDDEN if it exists, else NOT_FOUND). */
export function getProgrammeInScopeOrThrow(client: Db | Tx, actor: Actor, id: number) {
  return getInScopeOrThrow(
    client.programme.findFirst({ where: { AND: [{ id }, programmeScope(actor)] } }),
    async () => (await client.programme.count({ where: { id } })) > 0,
    'chương trình',
  );
}

/** One programme with everything its page shows: decision, appendix, amendments. */
export async function getProgrammeOrThrow(actor: Actor, id: number) {
  assertCan(actor, 'programme:read');
  const programme = await getProgrammeInScopeOrThrow(db, actor, id);
  const [decision, amendments, appendix] = await Promise.all([
    programme.decisionId
      ? db.decision.findUnique({ where: { id: programme.decisionId }, include: { document: { select: { id: true, fileName: true } } } })
      : null,
    db.programmeAmendment.findMany({
      where: { programmeId: id },
      orderBy: { changedAt: 'desc' },
      include: { decision: { select: { number: true, issuedOn: true, signer: true } } },
    }),
    loadAppendix(db, id, periodYears(programme.startYear, programme.endYear)),
  ]);
  const people = await db.user.findMany({ where: { id: { in: amendments.map((a) => a.changedById) } }, select: { id: true, fullName: true } });
  const nameOf = new Map(people.map((p) => [p.id, p.fullName]));
  return {
    ...programme,
    decision,
    appendix,
    amendments: amendments.map((a) => ({ ...a, changedByName: nameOf.get(a.changedById) ?? '—' })),
  };
}

export type ProgrammeDetail = Awaited<ReturnType<typeof getProgrammeOrThrow>>;

/** Audit rows of the programme the actor may see (auditEventScope), newest first. Call after getProgrammeOrThrow. */
export function findProgrammeTimeline(actor: Actor, programmeId: number) {
  return db.auditEvent.findMany({
    where: { AND: [{ entityType: 'Programme', entityId: programmeId }, auditEventScope(actor)] },
    orderBy: { createdAt: 'desc' },
    take: 50,
    include: { actor: { select: { fullName: true } } },
  });
}
