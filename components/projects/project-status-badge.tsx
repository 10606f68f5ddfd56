import { Badge, type BadgeTone } from '@/components/ui/badge';
import { PROJECT_LIFECYCLE, type ProjectStatus } from '@/lib/domain/lifecycle/project';

const TONE: Record<ProjectStatus, BadgeTone> = {
  DRAFT: 'neutral',
  SUBMITTED: 'info',
  APPRAISED: 'info',
  REJECTED: 'danger',
  APPROVED: 'success',
  CONTRACTED: 'success',
  IN_PROGRESS: 'warning',
  UNDER_ACCEPTANCE: 'warning',
  ACCEPTED: 'success',
  LIQUIDATED: 'success',
  SETTLED: 'success',
  CLOSED: 'neutral',
  STOPPED: 'danger',
};

export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  return <Badge tone={TONE[status]}>{PROJECT_LIFECYCLE.statusLabels[status]}</Badge>;
}
