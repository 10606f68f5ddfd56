import { describe, expect, it } from 'vitest';
import type { Role } from '../roles';
import { ALL_ROLES } from '../roles';
import { assertTransition, availableEvents, TransitionError } from './machine';
import { PAYMENT_COMMITTED_STATES, PAYMENT_LIFECYCLE, type PaymentEvent, type PaymentStatus } from './payment';

// The tạm ứng / thanh toán lifecycle written out independently: who may do what from where.
const EXPECTED: Record<PaymentEvent, { from: PaymentStatus[]; to: PaymentStatus; roles: Role[]; reason?: true }> = {
  sendToTreasury: { from: ['DRAFT', 'REFUSED'], to: 'SENT_TO_TREASURY', roles: ['TTKC_STAFF'] },
  pay: { from: ['SENT_TO_TREASURY'], to: 'PAID', roles: ['KBNN_OFFICER'] },
  refuse: { from: ['SENT_TO_TREASURY'], to: 'REFUSED', roles: ['KBNN_OFFICER'], reason: true },
  cancel: { from: ['DRAFT', 'REFUSED'], to: 'CANCELLED', roles: ['TTKC_STAFF'], reason: true },
};
const STATES: PaymentStatus[] = ['DRAFT', 'SENT_TO_TREASURY', 'PAID', 'REFUSED', 'CANCELLED'];
const actorOf = (role: Role) => ({ id: 1, role, fullName: 'Người thử', provinceId: 1, organizationId: null, adminUnitId: null, facilityId: null });

function outcome(event: PaymentEvent, role: Role, status: PaymentStatus, reason: string | null): string {
  try {
    return `OK→${assertTransition(PAYMENT_LIFECYCLE, event, actorOf(role), status, reason).to}`;
  } catch (error) {
    if (error instanceof TransitionError) return error.code;
    throw error;
  }
}

describe('payment lifecycle', () => {
  it('allows exactly the expected moves for every event × role × state, reason or not', () => {
    for (const event of Object.keys(EXPECTED) as PaymentEvent[]) {
      const rule = EXPECTED[event];
      for (const role of ALL_ROLES) {
        for (const status of STATES) {
          for (const reason of [null, '  ', 'Thiếu chứng từ']) {
            let expected = `OK→${rule.to}`;
            if (!rule.roles.includes(role)) expected = 'FORBIDDEN';
            else if (!rule.from.includes(status)) expected = 'ILLEGAL_TRANSITION';
            else if (rule.reason && !reason?.trim()) expected = 'REASON_REQUIRED';
            expect(outcome(event, role, status, reason), `${event} by ${role} from ${status} with ${JSON.stringify(reason)}`).toBe(expected);
          }
        }
      }
    }
  });

  it('offers Kho bạc pay and refuse on a request sent to it, and the Trung tâm resend or cancel after a refusal', () => {
    expect(availableEvents(PAYMENT_LIFECYCLE, actorOf('KBNN_OFFICER'), 'SENT_TO_TREASURY')).toEqual(['pay', 'refuse']);
    expect(availableEvents(PAYMENT_LIFECYCLE, actorOf('TTKC_STAFF'), 'REFUSED')).toEqual(['sendToTreasury', 'cancel']);
    expect(availableEvents(PAYMENT_LIFECYCLE, actorOf('TTKC_STAFF'), 'PAID')).toEqual([]);
    expect(availableEvents(PAYMENT_LIFECYCLE, actorOf('KBNN_OFFICER'), 'DRAFT')).toEqual([]);
  });

  it('words its refusals for people', () => {
    expect(() => assertTransition(PAYMENT_LIFECYCLE, 'pay', actorOf('TTKC_STAFF'), 'SENT_TO_TREASURY')).toThrow('Bạn không có quyền thực hiện thao tác "Chấp nhận thanh toán".');
    expect(() => assertTransition(PAYMENT_LIFECYCLE, 'pay', actorOf('KBNN_OFFICER'), 'PAID')).toThrow(
      'Không thể "Chấp nhận thanh toán" khi đề nghị thanh toán đang ở trạng thái "Kho bạc đã thanh toán".',
    );
    expect(() => assertTransition(PAYMENT_LIFECYCLE, 'refuse', actorOf('KBNN_OFFICER'), 'SENT_TO_TREASURY', ' ')).toThrow('Cần nhập lý do để "Từ chối thanh toán".');
    expect(() => assertTransition(PAYMENT_LIFECYCLE, 'nope' as PaymentEvent, actorOf('KBNN_OFFICER'), 'SENT_TO_TREASURY')).toThrow('Thao tác không hợp lệ.');
  });

  it('counts draft, sent and paid requests against the approved support, never refused or cancelled ones', () => {
    expect([...PAYMENT_COMMITTED_STATES].sort()).toEqual(['DRAFT', 'PAID', 'SENT_TO_TREASURY']);
  });
});
