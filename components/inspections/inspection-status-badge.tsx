import { StatusBadge } from '@/components/ui/badge';
import { INSPECTION_LIFECYCLE, type InspectionStatus } from '@/lib/domain/lifecycle/inspection';

export function InspectionStatusBadge({ status }: { status: InspectionStatus }) {
  return <StatusBadge look={INSPECTION_LIFECYCLE.states[status]} />;
}
