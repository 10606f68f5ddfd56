import { Badge, type BadgeTone } from '@/components/ui/badge';
import {
  ANNUAL_PLAN_LIFECYCLE,
  CONSOLIDATED_PLAN_LIFECYCLE,
  PLAN_ITEM_REVIEW_LABELS,
  type AnnualPlanStatus,
  type ConsolidatedPlanStatus,
  type PlanItemReview,
} from '@/lib/domain/lifecycle/plan';

const PLAN_TONE: Record<AnnualPlanStatus, BadgeTone> = { DRAFT: 'neutral', SUBMITTED: 'info', RETURNED: 'warning', REVIEWED: 'success' };
const ROUND_TONE: Record<ConsolidatedPlanStatus, BadgeTone> = {
  REGISTRATION_OPEN: 'info',
  CONSOLIDATING: 'warning',
  BUDGET_APPRAISAL: 'warning',
  BUDGET_APPROVED: 'success',
  DECIDED: 'success',
};
const REVIEW_TONE: Record<PlanItemReview, BadgeTone> = { PENDING: 'neutral', ACCEPTED: 'success', RETURNED: 'warning', REJECTED: 'danger' };

/** A unit's plan status; `null` = the unit has not started one. */
export function PlanStatusBadge({ status }: { status: AnnualPlanStatus | null }) {
  if (!status) return <Badge tone="danger">Chưa lập</Badge>;
  return <Badge tone={PLAN_TONE[status]}>{ANNUAL_PLAN_LIFECYCLE.statusLabels[status]}</Badge>;
}

export function RoundStatusBadge({ status }: { status: ConsolidatedPlanStatus }) {
  return <Badge tone={ROUND_TONE[status]}>{CONSOLIDATED_PLAN_LIFECYCLE.statusLabels[status]}</Badge>;
}

export function ItemReviewBadge({ review }: { review: PlanItemReview }) {
  return <Badge tone={REVIEW_TONE[review]}>{PLAN_ITEM_REVIEW_LABELS[review]}</Badge>;
}
