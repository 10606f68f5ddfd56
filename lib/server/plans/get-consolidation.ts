import 'server-only';
import { availableEvents } from '@/lib/domain/lifecycle/machine';
import { ANNUAL_PLAN_REVIEWED, CONSOLIDATED_PLAN_LIFECYCLE } from '@/lib/domain/lifecycle/plan';
import type { Actor } from '@/lib/domain/roles';
import { annualPlanScope } from '@/lib/domain/scope';
import { assertCan } from '../authz';
import { db } from '../db';
import { forbiddenError } from '../errors';
import { findConsolidatedItems } from './find-consolidated-items';
import { canFollowAllRegistrations } from './find-round-submissions';
import { getRoundOrThrow } from './plan-access';

/**
 * The city plan of a year as the SCT, the Trung tâm and Sở Tài chính see it: the accepted
 * proposals split KCQG / KCĐP, their totals, and the plans still outside it.
 */
export async function getConsolidationOrThrow(actor: Actor, year: number) {
  assertCan(actor, 'plan:read');
  // The city-wide list is for those who follow every unit; a xã officer reads their own plan.
  if (!canFollowAllRegistrations(actor)) throw forbiddenError('Bạn không có quyền xem kế hoạch tổng hợp của thành phố.');
  const round = await getRoundOrThrow(actor, year);
  const [consolidated, outside] = await Promise.all([
    findConsolidatedItems(round.id),
    db.annualPlan.findMany({
      where: { AND: [annualPlanScope(actor), { consolidatedPlanId: round.id, status: { not: ANNUAL_PLAN_REVIEWED } }] },
      select: { id: true, status: true, organization: { select: { name: true } } },
      orderBy: { organization: { name: 'asc' } },
    }),
  ]);
  return {
    round,
    ...consolidated,
    outside,
    events: availableEvents(CONSOLIDATED_PLAN_LIFECYCLE, actor, round.status),
  };
}

export type Consolidation = Awaited<ReturnType<typeof getConsolidationOrThrow>>;
