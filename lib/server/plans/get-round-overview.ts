import 'server-only';
import { availableEvents } from '@/lib/domain/lifecycle/machine';
import { CONSOLIDATED_PLAN_LIFECYCLE, ROUND_REGISTRATION_STATES } from '@/lib/domain/lifecycle/plan';
import { can } from '@/lib/domain/permissions';
import { daysUntilDeadline, deadlineLabel, isPastDeadline } from '@/lib/domain/plan-deadline';
import type { Actor } from '@/lib/domain/roles';
import { assertCan } from '../authz';
import { db } from '../db';
import { findRoundSubmissions } from './find-round-submissions';
import { getRegistrantOrganizationOrThrow, getRoundOrThrow } from './plan-access';
import { now as clockNow } from '@/lib/server/clock';

/** Everything the round page shows: the round, its deadline, the actor's own plan and who has sent. */
export async function getRoundOverviewOrThrow(actor: Actor, year: number, now = clockNow()) {
  assertCan(actor, 'plan:read');
  const round = await getRoundOrThrow(actor, year);
  const [submissions, openedBy, decision] = await Promise.all([
    findRoundSubmissions(actor, round),
    db.user.findUnique({ where: { id: round.openedById }, select: { fullName: true } }),
    round.decisionId ? db.decision.findUnique({ where: { id: round.decisionId } }) : null,
  ]);
  let ownOrganization: { id: number; name: string } | null = null;
  let ownOrganizationProblem: string | null = null;
  if (can(actor, 'plan:register')) {
    try {
      const org = await getRegistrantOrganizationOrThrow(actor);
      ownOrganization = { id: org.id, name: org.name };
    } catch (error) {
      ownOrganizationProblem = error instanceof Error ? error.message : String(error);
    }
  }
  const ownPlan = ownOrganization
    ? await db.annualPlan.findUnique({
        where: { consolidatedPlanId_organizationId: { consolidatedPlanId: round.id, organizationId: ownOrganization.id } },
        select: { id: true, status: true, version: true, submittedAt: true, _count: { select: { items: true } } },
      })
    : null;
  const registrationOpen = ROUND_REGISTRATION_STATES.includes(round.status) && !isPastDeadline(round.registrationDeadline, now);
  return {
    round,
    openedBy: openedBy?.fullName ?? null,
    decision,
    deadline: {
      daysLeft: daysUntilDeadline(round.registrationDeadline, now),
      label: deadlineLabel(round.registrationDeadline, now),
      passed: isPastDeadline(round.registrationDeadline, now),
    },
    registrationOpen,
    /** The round still takes registrations (the deadline may have passed): the days left matter. */
    acceptingPlans: ROUND_REGISTRATION_STATES.includes(round.status),
    ownOrganization,
    ownOrganizationProblem,
    ownPlan,
    submissions,
    events: availableEvents(CONSOLIDATED_PLAN_LIFECYCLE, actor, round.status),
  };
}

export type RoundOverview = Awaited<ReturnType<typeof getRoundOverviewOrThrow>>;
