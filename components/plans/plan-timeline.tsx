import { AuditTimeline } from '@/components/ui/audit-timeline';
import { ANNUAL_PLAN_LIFECYCLE, CONSOLIDATED_PLAN_LIFECYCLE } from '@/lib/domain/lifecycle/plan';

const LABELS: Record<string, string> = { ...ANNUAL_PLAN_LIFECYCLE.statusLabels, ...CONSOLIDATED_PLAN_LIFECYCLE.statusLabels };
const EVENTS: Record<string, string> = {
  create: 'Lập kế hoạch',
  openRound: 'Mở đăng ký',
  sendDeadlineReminders: 'Gửi nhắc hạn',
  appraiseBudget: 'Lưu thẩm định kinh phí',
};

/** Audit rows of a plan or a round, newest first: who, when, from → to, why. */
export function PlanTimeline({
  events,
}: {
  events: { id: bigint; event: string; fromStatus: string | null; toStatus: string | null; reason: string | null; createdAt: Date; actor: { fullName: string } | null }[];
}) {
  const label = (s: string | null) => (s ? (LABELS[s] ?? s) : '');
  return (
    <AuditTimeline
      events={events}
      title={(e) => (e.fromStatus ? `${label(e.fromStatus)} → ${label(e.toStatus)}` : (EVENTS[e.event] ?? (e.toStatus ? label(e.toStatus) : e.event)))}
      keepReasonLines
    />
  );
}
