import { StatusBadge } from '@/components/ui/badge';
import { PAYMENT_LIFECYCLE, type PaymentStatus } from '@/lib/domain/lifecycle/payment';

export function PaymentStatusBadge({ status }: { status: PaymentStatus }) {
  return <StatusBadge look={PAYMENT_LIFECYCLE.states[status]} />;
}
