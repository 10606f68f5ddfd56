import { Card, EmptyState } from '@/components/ui/card';
import { formatDateTime } from '@/lib/domain/format';
import { projectAuditLabel, projectStatusLabel } from '@/lib/domain/project-audit';

export interface TimelineEvent {
  id: bigint;
  entityType: string;
  event: string;
  fromStatus: string | null;
  toStatus: string | null;
  reason: string | null;
  createdAt: Date;
  actor: { fullName: string } | null;
}

/** Diễn biến: everything that happened to the đề án, newest first, from its audit rows. */
export function ProjectTimeline({ events }: { events: TimelineEvent[] }) {
  return (
    <Card title="Diễn biến">
      {events.length === 0 ? (
        <EmptyState>Chưa có thao tác nào.</EmptyState>
      ) : (
        <ol className="space-y-3">
          {events.map((event) => (
            <li key={event.id.toString()} className="border-l-2 border-brand-100 pl-3 text-sm">
              <p className="font-medium">{projectAuditLabel(event.entityType, event.event)}</p>
              {event.toStatus && event.fromStatus && (
                <p className="text-xs text-slate-700">
                  {projectStatusLabel(event.fromStatus)} → {projectStatusLabel(event.toStatus)}
                </p>
              )}
              <p className="text-xs text-slate-500">
                {formatDateTime(event.createdAt)} · {event.actor?.fullName ?? 'Hệ thống'}
              </p>
              {event.reason && <p className="mt-1 text-xs text-slate-700">Lý do: {event.reason}</p>}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
