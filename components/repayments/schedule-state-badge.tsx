import { Badge } from '@/components/ui/badge';
import { SCHEDULE_STATE_LABELS, type ScheduleState } from '@/lib/domain/repayment';

const TONE: Record<ScheduleState, 'success' | 'warning' | 'danger' | 'info'> = { onTime: 'info', repaid: 'success', late: 'warning', litigation: 'danger' };

export function ScheduleStateBadge({ state, daysLate }: { state: ScheduleState; daysLate: number }) {
  return <Badge tone={TONE[state]}>{state === 'late' ? `${SCHEDULE_STATE_LABELS.late} ${daysLate} ngày` : SCHEDULE_STATE_LABELS[state]}</Badge>;
}
