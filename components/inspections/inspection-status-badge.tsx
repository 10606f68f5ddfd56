import { Badge } from '@/components/ui/badge';
import { INSPECTION_LIFECYCLE, INSPECTION_TONES, type InspectionStatus } from '@/lib/domain/lifecycle/inspection';

export function InspectionStatusBadge({ status }: { status: InspectionStatus }) {
  return <Badge tone={INSPECTION_TONES[status]}>{INSPECTION_LIFECYCLE.statusLabels[status]}</Badge>;
}
