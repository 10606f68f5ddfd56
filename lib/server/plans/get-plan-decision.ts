import 'server-only';
import { availableEvents } from '@/lib/domain/lifecycle/machine';
import { CONSOLIDATED_PLAN_LIFECYCLE } from '@/lib/domain/lifecycle/plan';
import { can } from '@/lib/domain/permissions';
import type { Actor } from '@/lib/domain/roles';
import { projectScope } from '@/lib/domain/scope';
import { assertCan } from '../authz';
import { db } from '../db';
import { consolidatedItemsWhere } from './find-consolidated-items';
import { getRoundOrThrow } from './plan-access';

/** The decision step of a round: the decision once recorded, and the đề án it created that the actor may see. */
export async function getPlanDecisionOrThrow(actor: Actor, year: number) {
  assertCan(actor, 'plan:read');
  const round = await getRoundOrThrow(actor, year);
  const [decision, projects, proposals] = await Promise.all([
    round.decisionId ? db.decision.findUnique({ where: { id: round.decisionId }, include: { document: { select: { id: true, fileName: true } } } }) : null,
    can(actor, 'project:read')
      ? db.project.findMany({
          where: { AND: [projectScope(actor), { planItem: { annualPlan: { consolidatedPlanId: round.id } } }] },
          orderBy: { code: 'asc' },
          select: { id: true, code: true, name: true, fundingLevel: true, approvedSupportVnd: true, status: true, implementingOrg: { select: { name: true } } },
        })
      : [],
    db.planItem.count({ where: consolidatedItemsWhere(round.id) }),
  ]);
  return { round, decision, projects, proposals, events: availableEvents(CONSOLIDATED_PLAN_LIFECYCLE, actor, round.status) };
}
