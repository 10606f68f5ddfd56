import 'server-only';
import { ANNUAL_PLAN_UNSENT_STATES } from '@/lib/domain/lifecycle/plan';
import type { Actor } from '@/lib/domain/roles';
import { annualPlanScope, consolidatedPlanScope } from '@/lib/domain/scope';
import { assertCan } from '../authz';
import { db } from '../db';

/** The yearly rounds of the actor's province, newest first, with how many plans were sent. */
export async function findRounds(actor: Actor) {
  assertCan(actor, 'plan:read');
  const rounds = await db.consolidatedPlan.findMany({
    where: consolidatedPlanScope(actor),
    orderBy: { year: 'desc' },
    include: { decision: { select: { number: true, issuedOn: true } } },
  });
  const counts = await db.annualPlan.groupBy({
    by: ['consolidatedPlanId', 'status'],
    where: { AND: [annualPlanScope(actor), { consolidatedPlanId: { in: rounds.map((r) => r.id) } }] },
    _count: { _all: true },
  });
  return rounds.map((round) => {
    const own = counts.filter((c) => c.consolidatedPlanId === round.id);
    return {
      ...round,
      plansTotal: own.reduce((n, c) => n + c._count._all, 0),
      plansSent: own.filter((c) => !ANNUAL_PLAN_UNSENT_STATES.includes(c.status)).reduce((n, c) => n + c._count._all, 0),
    };
  });
}
