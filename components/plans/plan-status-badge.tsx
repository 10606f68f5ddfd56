import { Badge, StatusBadge } from '@/components/ui/badge';
import {
  ANNUAL_PLAN_LIFECYCLE,
  CONSOLIDATED_PLAN_LIFECYCLE,
  PLAN_ITEM_REVIEW_LIFECYCLE,
  type AnnualPlanStatus,
  type ConsolidatedPlanStatus,
  type PlanItemReview,
} from '@/lib/domain/lifecycle/plan';

/** A unit's plan status; `null` = the unit has not started one. */
export function PlanStatusBadge({ status }: { status: AnnualPlanStatus | null }) {
  if (!status) return <Badge tone="danger">Chưa lập</Badge>;
  return <StatusBadge look={ANNUAL_PLAN_LIFECYCLE.states[status]} />;
}

export function RoundStatusBadge({ status }: { status: ConsolidatedPlanStatus }) {
  return <StatusBadge look={CONSOLIDATED_PLAN_LIFECYCLE.states[status]} />;
}

export function ItemReviewBadge({ review }: { review: PlanItemReview }) {
  return <StatusBadge look={PLAN_ITEM_REVIEW_LIFECYCLE.states[review]} />;
}
