import { Badge } from '@/components/ui/badge';
import { RECOVERABLE_LABEL } from '@/lib/domain/labels';

/** Marks a đề án whose support is repaid (hỗ trợ có thu hồi), wherever the đề án is shown. */
export function RecoverableBadge({ recoverable }: { recoverable: boolean }) {
  return recoverable ? <Badge tone="warning">{RECOVERABLE_LABEL}</Badge> : null;
}
