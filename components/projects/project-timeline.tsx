import { AuditTimeline } from '@/components/ui/audit-timeline';
import { Card } from '@/components/ui/card';
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
      <AuditTimeline
        events={events}
        title={(event) => projectAuditLabel(event.entityType, event.event)}
        detail={(event) =>
          event.toStatus &&
          event.fromStatus && (
            <p className="text-xs text-slate-700">
              {projectStatusLabel(event.fromStatus)} → {projectStatusLabel(event.toStatus)}
            </p>
          )
        }
      />
    </Card>
  );
}
