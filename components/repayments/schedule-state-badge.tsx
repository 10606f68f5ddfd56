import { Badge } from '@/components/ui/badge';
import { SCHEDULE_STATE_LABELS, type ScheduleState } from '@/lib/domain/repayment';

const TONE: Record<ScheduleState, 'success' | 'warning' | 'danger' | 'info'> = { ON_TIME: 'info', REPAID: 'success', LATE: 'warning', LITIGATION: 'danger' };

export function ScheduleStateBadge({ state, daysLate }: { state: ScheduleState; daysLate: number }) {
  return <Badge tone={TONE[state]}>{state === 'LATE' ? `${SCHEDULE_STATE_LABELS.LATE} ${daysLate} ngày` : SCHEDULE_STATE_LABELS[state]}</Badge>;
}
