import { Badge, type BadgeTone } from '@/components/ui/badge';
import { PROGRAMME_LIFECYCLE, type ProgrammeStatus } from '@/lib/domain/lifecycle/programme';

const TONE: Record<ProgrammeStatus, BadgeTone> = { DRAFT: 'neutral', APPROVED: 'success', CLOSED: 'info' };

export function ProgrammeStatusBadge({ status }: { status: ProgrammeStatus }) {
  return <Badge tone={TONE[status]}>{PROGRAMME_LIFECYCLE.statusLabels[status]}</Badge>;
}
