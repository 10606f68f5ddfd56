import 'server-only';
import { formatDate } from '@/lib/domain/format';
import {
  ANNUAL_PLAN_LIFECYCLE,
  ANNUAL_PLAN_UNSENT_STATES,
  CONSOLIDATED_PLAN_LIFECYCLE,
  PLAN_ITEM_RETURNED_REVIEW,
  PLAN_ITEM_REVIEW_LIFECYCLE,
  ROUND_REGISTRATION_STATES,
  ROUND_REVIEW_STATES,
} from '@/lib/domain/lifecycle/plan';
import { isPastDeadline } from '@/lib/domain/plan-deadline';
import { planSubmissionProblems } from '@/lib/domain/plan-rules';
import type { Actor } from '@/lib/domain/roles';
import type { Prisma } from '@/prisma/generated/client/client';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError } from '../errors';
import { transition } from '../lifecycle/transition';
import { buildPlanSnapshot } from './build-plan-snapshot';
import { assertPlanItemWithinNorm, planItemSubject } from './check-plan-item';
import { notifyPlanReviewers, planLink } from './notify-plan';
import { assertPlanAuthor, getPlanInScopeOrThrow } from './plan-access';
import { now as clockNow } from '@/lib/server/clock';

/**
 * The author sends the plan. A first sending must beat the round's deadline; a plan returned for
 * correction may be sent again while the round is still under review (docs/decisions/0004).
 * Each sending stores a snapshot so the reviewer sees what changed since the previous one.
 */
export async function submitPlan(actor: Actor, planId: number, now = clockNow()) {
  assertCan(actor, 'plan:register');
  const plan = await getPlanInScopeOrThrow(actor, planId);
  await assertPlanAuthor(actor, plan);
  const round = plan.consolidatedPlan;
  const firstSending = ANNUAL_PLAN_UNSENT_STATES.includes(plan.status);
  if (firstSending) {
    if (!ROUND_REGISTRATION_STATES.includes(round.status) || isPastDeadline(round.registrationDeadline, now)) {
      throw new AppError(
        'ILLEGAL_TRANSITION',
        `Đã hết hạn đăng ký kế hoạch năm ${round.year} (hạn ${formatDate(round.registrationDeadline)}). Kế hoạch chưa được gửi; liên hệ Sở Công Thương nếu cần mở lại đăng ký.`,
      );
    }
  } else if (!ROUND_REVIEW_STATES.includes(round.status)) {
    throw new AppError('ILLEGAL_TRANSITION', `Kế hoạch năm ${round.year} đã ở bước “${CONSOLIDATED_PLAN_LIFECYCLE.statusLabels[round.status]}”, không gửi lại được.`);
  }

  return db.$transaction(async (tx) => {
    // The status write comes first: it takes the plan's row lock, so no edit slips in between the
    // completeness check below and the snapshot. A failed check rolls the whole sending back.
    const version = (await tx.annualPlanVersion.count({ where: { annualPlanId: plan.id } })) + 1;
    await transition(tx, actor, ANNUAL_PLAN_LIFECYCLE, plan, 'submit', { data: { version }, changes: { version, submittedAt: now } });
    const items = await tx.planItem.findMany({ where: { annualPlanId: plan.id }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }], include: { beneficiaries: { include: { facility: { select: { id: true, name: true, taxCode: true } } } } } });
    const problems = planSubmissionProblems(items);
    if (problems.length) throw new AppError('VALIDATION', `Chưa gửi được kế hoạch. ${problems.join(' ')}`, { plan: problems.join('\n') });
    for (const item of items) await assertPlanItemWithinNorm(tx, planItemSubject(item, plan), item.requestedSupportVnd, 'plan');
    const snapshot = await buildPlanSnapshot(tx, plan.id, version);
    await tx.annualPlanVersion.create({
      data: { annualPlanId: plan.id, version, snapshot: snapshot as unknown as Prisma.InputJsonValue, submittedAt: now, submittedById: actor.id },
    });
    // Proposals sent back for correction are up for review again.
    for (const item of items.filter((i) => i.review === PLAN_ITEM_RETURNED_REVIEW)) {
      await transition(tx, actor, PLAN_ITEM_REVIEW_LIFECYCLE, { id: item.id, status: item.review, provinceId: plan.provinceId }, 'reopen', { data: { annualPlanId: plan.id, version } });
    }
    await notifyPlanReviewers(tx, plan.provinceId, {
      title: `${plan.organization.name} đã gửi kế hoạch khuyến công năm ${round.year}${version > 1 ? ` (lần ${version})` : ''}`,
      body: `${items.length} đề xuất chờ xem xét.`,
      link: planLink(round.year, plan.id),
    });
    return { version };
  });
}
