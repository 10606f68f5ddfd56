import { StatusBadge } from '@/components/ui/badge';
import { PROJECT_LIFECYCLE, type ProjectStatus } from '@/lib/domain/lifecycle/project';

export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  return <StatusBadge look={PROJECT_LIFECYCLE.states[status]} />;
}
