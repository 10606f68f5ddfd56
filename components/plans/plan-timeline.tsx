import { EmptyState } from '@/components/ui/card';
import { formatDateTime } from '@/lib/domain/format';
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
  if (events.length === 0) return <EmptyState>Chưa có thao tác nào.</EmptyState>;
  const label = (s: string | null) => (s ? (LABELS[s] ?? s) : '');
  return (
    <ol className="space-y-3">
      {events.map((e) => (
        <li key={e.id.toString()} className="border-l-2 border-brand-100 pl-3 text-sm">
          <p className="font-medium">{e.fromStatus ? `${label(e.fromStatus)} → ${label(e.toStatus)}` : (EVENTS[e.event] ?? (e.toStatus ? label(e.toStatus) : e.event))}</p>
          <p className="text-xs text-slate-500">
            {formatDateTime(e.createdAt)} · {e.actor?.fullName ?? 'Hệ thống'}
          </p>
          {e.reason && <p className="mt-1 whitespace-pre-line text-xs text-slate-700">Lý do: {e.reason}</p>}
        </li>
      ))}
    </ol>
  );
}
