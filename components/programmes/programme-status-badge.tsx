import { StatusBadge } from '@/components/ui/badge';
import { PROGRAMME_LIFECYCLE, type ProgrammeStatus } from '@/lib/domain/lifecycle/programme';

export function ProgrammeStatusBadge({ status }: { status: ProgrammeStatus }) {
  return <StatusBadge look={PROGRAMME_LIFECYCLE.states[status]} />;
}
