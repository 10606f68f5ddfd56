import 'server-only';
import { CONTEST_COUNTED_LEVEL, isOwnXaEntry, nextContestLevel } from '@/lib/domain/contest';
import { availableEvents } from '@/lib/domain/lifecycle/machine';
import { CONTEST_ENTRY_STATES, CONTEST_PUBLISHED_STATES, CONTEST_RECEIVING_STATES, CONTEST_ROUND_LIFECYCLE, CONTEST_SCORING_STATES } from '@/lib/domain/lifecycle/contest';
import { can } from '@/lib/domain/permissions';
import { contestRoundScope, facilityScope } from '@/lib/domain/scope';
import type { Actor } from '@/lib/domain/roles';
import { assertCan } from '../authz';
import { db } from '../db';
import { loadContestRound } from './contest-access';
import { adminUnitLabel } from '../admin-unit-label';

/**
 * A round as its page shows it: decision, criteria, council, entries (with the actor's own scores
 * when a member), what the actor may do, and the options its forms need.
 */
export async function getContestRound(actor: Actor, id: number) {
  assertCan(actor, 'contest:read');
  const round = await loadContestRound(db, actor, id);
  const [detail, scoredByMe, scoreCounts] = await Promise.all([
    db.contestRound.findUniqueOrThrow({
      where: { id: round.id },
      include: {
        adminUnit: adminUnitLabel,
        programmeTarget: { select: { itemNo: true, name: true, unit: true, programme: { select: { name: true } } } },
        criteria: { orderBy: { sortOrder: 'asc' } },
        members: { include: { user: { select: { id: true, fullName: true, adminUnit: { select: { name: true } } } } }, orderBy: { userId: 'asc' } },
        entries: {
          orderBy: [{ rank: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
          include: { facility: { select: { id: true, name: true } }, adminUnit: { select: { id: true, name: true, type: true } } },
        },
      },
    }),
    db.contestScore.findMany({ where: { memberId: actor.id, entry: { roundId: round.id } }, select: { entryId: true, criterionId: true, points: true } }),
    db.contestScore.groupBy({ by: ['entryId', 'memberId'], where: { entry: { roundId: round.id } } }),
  ]);
  const isMember = detail.members.some((m) => m.userId === actor.id);
  const scoring = CONTEST_SCORING_STATES.includes(detail.status) && isMember && can(actor, 'contest:score');
  const canForward = CONTEST_ENTRY_STATES.includes(detail.status) && can(actor, 'contest:forward');
  const published = CONTEST_PUBLISHED_STATES.includes(detail.status);
  const next = nextContestLevel(detail.level);
  const [facilities, nextRounds] = await Promise.all([
    canForward
      ? db.facility.findMany({
          where: { AND: [facilityScope(actor), detail.adminUnitId ? { adminUnitId: detail.adminUnitId } : {}] },
          select: { id: true, name: true },
          orderBy: { name: 'asc' },
        })
      : Promise.resolve([]),
    published && next && can(actor, 'contest:manage')
      ? db.contestRound.findMany({
          where: { AND: [contestRoundScope(actor), { level: next, status: { in: [...CONTEST_RECEIVING_STATES] } }] },
          select: { id: true, name: true, year: true },
        })
      : Promise.resolve([]),
  ]);
  return {
    ...detail,
    countsTowardTarget: detail.level === CONTEST_COUNTED_LEVEL,
    events: availableEvents(CONTEST_ROUND_LIFECYCLE, actor, detail.status),
    published,
    isMember,
    entries: detail.entries.map((e) => ({
      ...e,
      winner: e.certificateNo !== null,
      membersScored: scoreCounts.filter((s) => s.entryId === e.id).length,
      myScores: Object.fromEntries(scoredByMe.filter((s) => s.entryId === e.id).map((s) => [s.criterionId, s.points])),
      canScore: scoring && !isOwnXaEntry(actor, e),
      ownXa: isMember && isOwnXaEntry(actor, e),
    })),
    canForward,
    facilities,
    nextRounds,
  };
}

export type ContestRoundDetail = Awaited<ReturnType<typeof getContestRound>>;

/** A winner's certificate, for the printable page: only of a published round, only winners. */
export async function getContestCertificate(actor: Actor, roundId: number, entryId: number) {
  assertCan(actor, 'contest:read');
  const round = await loadContestRound(db, actor, roundId);
  const entry = await db.contestEntry.findFirst({
    where: { id: entryId, roundId: round.id, certificateNo: { not: null }, round: { status: { in: [...CONTEST_PUBLISHED_STATES] } } },
    include: { facility: { select: { name: true, address: true } }, adminUnit: adminUnitLabel, round: { include: { province: { select: { name: true } } } } },
  });
  return entry;
}
