// Vietnamese names of the payment kinds (the lifecycle table holds the status labels).
import type { PaymentKindValue } from './payment-limits';

export const PAYMENT_KIND_LABELS: Record<PaymentKindValue, string> = {
  ADVANCE: 'Tạm ứng',
  PAYMENT: 'Thanh toán',
};
