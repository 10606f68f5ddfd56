import { Alert } from '@/components/ui/alert';
import { CONSOLIDATED_PLAN_LIFECYCLE, type ConsolidatedPlanStatus } from '@/lib/domain/lifecycle/plan';

/** While the Sở Tài chính's return is unanswered, the city plan's pages show its comment. */
export function FinanceReturnAlert({ round }: { round: { status: ConsolidatedPlanStatus; budgetComment: string | null } }) {
  if (!round.budgetComment || round.status !== CONSOLIDATED_PLAN_LIFECYCLE.events.returnFromFinance.to) return null;
  return (
    <Alert tone="warning" title="Sở Tài chính đã trả lại kế hoạch">
      {round.budgetComment}
    </Alert>
  );
}
