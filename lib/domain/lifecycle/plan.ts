// Kế hoạch khuyến công năm: one xã/unit's plan (AnnualPlan) inside the city's plan for the year
// (ConsolidatedPlan, which is also the registration round).
import { AnnualPlanStatus, ConsolidatedPlanStatus, PlanItemReview } from '@/prisma/generated/client/enums';
import { decisionAt, defineLifecycle, type EventOf, tone } from './machine';

export const ANNUAL_PLAN_LIFECYCLE = defineLifecycle('AnnualPlan', AnnualPlanStatus, {
  entity: 'kế hoạch',
  states: { DRAFT: tone.neutral('Dự thảo'), SUBMITTED: tone.info('Đã gửi'), RETURNED: tone.warning('Trả lại để chỉnh sửa'), REVIEWED: tone.success('Đã xem xét') },
  events: {
    submit: { from: ['DRAFT', 'RETURNED'], to: 'SUBMITTED', permission: 'plan:register', label: 'Gửi kế hoạch' },
    ...decisionAt('SUBMITTED', 'plan:review', {
      return: { to: 'RETURNED', label: 'Trả lại', requiresReason: true },
      markReviewed: { to: 'REVIEWED', label: 'Hoàn thành xem xét' },
    }),
  },
});

export const CONSOLIDATED_PLAN_LIFECYCLE = defineLifecycle('ConsolidatedPlan', ConsolidatedPlanStatus, {
  entity: 'kế hoạch tổng hợp',
  states: {
    REGISTRATION_OPEN: tone.info('Đang nhận đăng ký'),
    CONSOLIDATING: tone.warning('Đang tổng hợp'),
    BUDGET_APPRAISAL: tone.warning('Sở Tài chính đang thẩm định'),
    BUDGET_APPROVED: tone.success('Đã thẩm định kinh phí'),
    DECIDED: tone.success('Đã có quyết định phê duyệt'),
  },
  events: {
    closeRegistration: { from: ['REGISTRATION_OPEN'], to: 'CONSOLIDATING', permission: 'plan:consolidate', label: 'Kết thúc nhận đăng ký' },
    reopenRegistration: { from: ['CONSOLIDATING'], to: 'REGISTRATION_OPEN', permission: 'plan:open-round', label: 'Mở lại đăng ký', requiresReason: true },
    sendToFinance: { from: ['CONSOLIDATING'], to: 'BUDGET_APPRAISAL', permission: 'plan:consolidate', label: 'Gửi Sở Tài chính' },
    ...decisionAt('BUDGET_APPRAISAL', 'plan:appraise-budget', {
      returnFromFinance: { to: 'CONSOLIDATING', label: 'Trả lại Sở Công Thương', requiresReason: true },
      approveBudget: { to: 'BUDGET_APPROVED', label: 'Thống nhất dự toán' },
    }),
    recordDecision: { from: ['BUDGET_APPROVED'], to: 'DECIDED', permission: 'plan:record-decision', label: 'Ghi nhận quyết định phê duyệt' },
  },
});

/** A plan its author may still change: a draft, or one returned for correction. */
export const ANNUAL_PLAN_EDITABLE_STATES: readonly AnnualPlanStatus[] = ['DRAFT', 'RETURNED'];
/** Rounds in which xã and units may start and send plans for the first time (before the deadline). */
export const ROUND_REGISTRATION_STATES: readonly ConsolidatedPlanStatus[] = ['REGISTRATION_OPEN'];
/**
 * Rounds in which plans are still reviewed, returned and resubmitted: registration and
 * consolidation. Once the list goes to Sở Tài chính, the xã and unit plans are frozen.
 */
export const ROUND_REVIEW_STATES: readonly ConsolidatedPlanStatus[] = ['REGISTRATION_OPEN', 'CONSOLIDATING'];
/** Rounds whose consolidated list is past the SCT (Sở Tài chính or the decision has it). */
export const ROUND_SENT_STATES: readonly ConsolidatedPlanStatus[] = ['BUDGET_APPRAISAL', 'BUDGET_APPROVED', 'DECIDED'];

/** Proposals the author may still edit or remove in a returned plan; accepted and rejected ones are settled. */
export const PLAN_ITEM_EDITABLE_REVIEWS: readonly PlanItemReview[] = ['PENDING', 'RETURNED'];
/** Plans not yet sent even once: a round's reminders go to their authors. */
export const ANNUAL_PLAN_UNSENT_STATES: readonly AnnualPlanStatus[] = ['DRAFT'];
/** Reviews that close a proposal's review: a plan is marked reviewed only when all its proposals have one. */
export const PLAN_ITEM_SETTLED_REVIEWS: readonly PlanItemReview[] = ['ACCEPTED', 'REJECTED'];
/** The review that puts a proposal into the city plan. */
export const PLAN_ITEM_INCLUDED_REVIEW: PlanItemReview = 'ACCEPTED';
/** A returned plan (the author's turn again). */
export const ANNUAL_PLAN_RETURNED: AnnualPlanStatus = ANNUAL_PLAN_LIFECYCLE.events.return.to;
/** A plan whose review is finished: its accepted proposals are in the city plan. */
export const ANNUAL_PLAN_REVIEWED: AnnualPlanStatus = ANNUAL_PLAN_LIFECYCLE.events.markReviewed.to;

const ANY_REVIEW: readonly PlanItemReview[] = ['PENDING', 'ACCEPTED', 'RETURNED', 'REJECTED'];

/**
 * One proposal's review. While its plan is under review (the plan's status gates that), the
 * reviewer may record or revise its view from any review; the author's resending reopens the
 * proposals it was asked to fix.
 */
export const PLAN_ITEM_REVIEW_LIFECYCLE = defineLifecycle('PlanItem', PlanItemReview, {
  entity: 'đề xuất',
  states: { PENDING: tone.neutral('Chờ xem xét'), ACCEPTED: tone.success('Chấp nhận'), RETURNED: tone.warning('Trả lại để sửa'), REJECTED: tone.danger('Không chấp nhận') },
  events: {
    ...decisionAt(ANY_REVIEW, 'plan:review', {
      accept: { to: 'ACCEPTED', label: 'Chấp nhận đề xuất' },
      return: { to: 'RETURNED', label: 'Trả lại đề xuất để sửa', requiresReason: true },
      reject: { to: 'REJECTED', label: 'Không chấp nhận đề xuất', requiresReason: true },
    }),
    reopen: { from: ['RETURNED'], to: 'PENDING', permission: 'plan:register', label: 'Gửi lại đề xuất đã sửa' },
  },
});
export type PlanItemReviewEvent = EventOf<typeof PLAN_ITEM_REVIEW_LIFECYCLE>;

export const PLAN_ITEM_REVIEW_LABELS: Record<PlanItemReview, string> = PLAN_ITEM_REVIEW_LIFECYCLE.statusLabels;
/** The reviews a reviewer may record (the form's choices). */
export const PLAN_ITEM_REVIEW_DECISIONS = ['ACCEPTED', 'RETURNED', 'REJECTED'] as const satisfies readonly PlanItemReview[];
export type PlanItemReviewDecision = (typeof PLAN_ITEM_REVIEW_DECISIONS)[number];
/** The event that records a decision. */
export const PLAN_ITEM_REVIEW_EVENT: Record<PlanItemReviewDecision, PlanItemReviewEvent> = { ACCEPTED: 'accept', RETURNED: 'return', REJECTED: 'reject' };
/** Proposals sent back for correction: reopened when their plan is sent again. */
export const PLAN_ITEM_RETURNED_REVIEW: PlanItemReview = PLAN_ITEM_REVIEW_LIFECYCLE.events.return.to;
/** The reviewer's recorded decision on a proposal, or null while nobody has reviewed it (since its last sending). */
export function reviewDecisionOf(review: PlanItemReview): PlanItemReviewDecision | null {
  return (PLAN_ITEM_REVIEW_DECISIONS as readonly PlanItemReview[]).includes(review) ? (review as PlanItemReviewDecision) : null;
}
/** Plans waiting for the reviewer (sent, not yet returned or closed). */
export const ANNUAL_PLAN_AWAITING_REVIEW_STATES: readonly AnnualPlanStatus[] = ANNUAL_PLAN_LIFECYCLE.events.return.from;
/** Rounds still moving (the home page lists their next step); a decided round is done. */
export const ROUND_OPEN_STATES: readonly ConsolidatedPlanStatus[] = ['REGISTRATION_OPEN', 'CONSOLIDATING', 'BUDGET_APPRAISAL', 'BUDGET_APPROVED'];
/**
 * Rounds whose list of đề án is agreed with Sở Tài chính or decided: their accepted proposals count
 * as "registered" toward the programme's targets.
 */
export const ROUND_REGISTERED_STATES: readonly ConsolidatedPlanStatus[] = ['BUDGET_APPROVED', 'DECIDED'];

/** The status types, for pages and components that import them with the lifecycle. */
export type { AnnualPlanStatus, ConsolidatedPlanStatus, PlanItemReview };
