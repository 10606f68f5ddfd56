// Tạm ứng / thanh toán and the treasury's control (kiểm soát chi).
import { PaymentStatus, TreasuryResult } from '@/prisma/generated/client/enums';
import { decisionAt, defineLifecycle, type EventOf, tone } from './machine';

export const PAYMENT_LIFECYCLE = defineLifecycle('PaymentRequest', PaymentStatus, {
  entity: 'đề nghị thanh toán',
  states: { DRAFT: tone.neutral('Dự thảo'), SENT_TO_TREASURY: tone.info('Đã gửi Kho bạc'), PAID: tone.success('Kho bạc đã thanh toán'), REFUSED: tone.danger('Kho bạc từ chối'), CANCELLED: tone.neutral('Đã huỷ') },
  events: {
    sendToTreasury: { from: ['DRAFT', 'REFUSED'], to: 'SENT_TO_TREASURY', permission: 'payment:send-to-treasury', label: 'Gửi Kho bạc' },
    ...decisionAt('SENT_TO_TREASURY', 'payment:control', {
      pay: { to: 'PAID', label: 'Chấp nhận thanh toán' },
      refuse: { to: 'REFUSED', label: 'Từ chối thanh toán', requiresReason: true },
    }),
    cancel: { from: ['DRAFT', 'REFUSED'], to: 'CANCELLED', permission: 'payment:request', label: 'Huỷ đề nghị', requiresReason: true },
  },
});
export type PaymentEvent = EventOf<typeof PAYMENT_LIFECYCLE>;

/** Payments that count against the approved support: anything not cancelled or refused. */
export const PAYMENT_COMMITTED_STATES: readonly PaymentStatus[] = ['DRAFT', 'SENT_TO_TREASURY', 'PAID'];
/** Money the treasury has actually paid out. */
export const PAYMENT_PAID_STATES: readonly PaymentStatus[] = [PAYMENT_LIFECYCLE.events.pay.to];
/** Requests waiting for the Kho bạc's control. */
export const PAYMENT_AWAITING_TREASURY_STATES: readonly PaymentStatus[] = PAYMENT_LIFECYCLE.events.pay.from;
/** Requests waiting for the Trung tâm: to be sent (again) or cancelled. */
export const PAYMENT_AWAITING_CENTRE_STATES: readonly PaymentStatus[] = PAYMENT_LIFECYCLE.events.sendToTreasury.from;

/** What the treasury's control records for each of its events. */
export const TREASURY_RESULT_OF: Record<'pay' | 'refuse', TreasuryResult> = { pay: 'ACCEPTED', refuse: 'REFUSED' };

export function isTreasuryRefusal(result: TreasuryResult): boolean {
  return result === TREASURY_RESULT_OF.refuse;
}

/** The status types, for pages and components that import them with the lifecycle. */
export type { PaymentStatus };
