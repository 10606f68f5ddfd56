import { Badge, type BadgeTone } from '@/components/ui/badge';
import { PAYMENT_LIFECYCLE, type PaymentStatus } from '@/lib/domain/lifecycle/payment';

const TONE: Record<PaymentStatus, BadgeTone> = {
  DRAFT: 'neutral',
  SENT_TO_TREASURY: 'info',
  PAID: 'success',
  REFUSED: 'danger',
  CANCELLED: 'neutral',
};

export function PaymentStatusBadge({ status }: { status: PaymentStatus }) {
  return <Badge tone={TONE[status]}>{PAYMENT_LIFECYCLE.statusLabels[status]}</Badge>;
}
