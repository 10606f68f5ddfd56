import 'server-only';
import { formatDate } from '@/lib/domain/format';
import { ROUND_REGISTRATION_STATES } from '@/lib/domain/lifecycle/plan';
import { isPastDeadline } from '@/lib/domain/plan-deadline';
import type { Actor } from '@/lib/domain/roles';
import { recordAudit } from '../audit';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError } from '../errors';
import { getRegistrantOrganizationOrThrow, getRoundOrThrow } from './plan-access';
import { now as clockNow } from '@/lib/server/clock';

/**
 * Starts the draft plan of the actor's xã or unit for year N, or returns the one already started
 * (one plan per organisation and round).
 */
export async function createPlan(actor: Actor, year: number, now = clockNow()) {
  assertCan(actor, 'plan:register');
  const round = await getRoundOrThrow(actor, year);
  const org = await getRegistrantOrganizationOrThrow(actor);
  const existing = await db.annualPlan.findUnique({
    where: { consolidatedPlanId_organizationId: { consolidatedPlanId: round.id, organizationId: org.id } },
  });
  if (existing) return existing;
  if (!ROUND_REGISTRATION_STATES.includes(round.status) || isPastDeadline(round.registrationDeadline, now)) {
    throw new AppError('ILLEGAL_TRANSITION', `Đợt đăng ký kế hoạch năm ${year} đã kết thúc (hạn ${formatDate(round.registrationDeadline)}).`);
  }
  const created = db.$transaction(async (tx) => {
    const plan = await tx.annualPlan.create({
      data: {
        provinceId: round.provinceId,
        consolidatedPlanId: round.id,
        year: round.year,
        organizationId: org.id,
        adminUnitId: org.kind === 'UBND_XA' ? org.adminUnitId : null,
        createdById: actor.id,
      },
    });
    await recordAudit(tx, actor, { entityType: 'AnnualPlan', entityId: plan.id, provinceId: plan.provinceId, event: 'create', toStatus: plan.status });
    return plan;
  });
  return created.catch(async (error: unknown) => {
    // Two people of the same unit starting at once: the second simply gets the plan the first made.
    if ((error as { code?: string }).code !== 'P2002') throw error;
    return db.annualPlan.findUniqueOrThrow({
      where: { consolidatedPlanId_organizationId: { consolidatedPlanId: round.id, organizationId: org.id } },
    });
  });
}
