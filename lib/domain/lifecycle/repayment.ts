// Hỗ trợ có thu hồi: the repayment standing of one facility's schedule, kept by the Trung tâm.
import type { RepaymentStatus } from '@/prisma/generated/client/enums';
import { defineLifecycle, tone, withPermission } from './machine';

export type { RepaymentStatus };

export type RepaymentEvent = 'markLate' | 'catchUp' | 'litigate' | 'markRepaid';

export const REPAYMENT_LIFECYCLE = defineLifecycle<RepaymentStatus, RepaymentEvent, 'RepaymentSchedule'>({
  model: 'RepaymentSchedule',
  entity: 'lịch thu hồi',
  states: { ON_TIME: tone.info('Đúng hạn'), LATE: tone.warning('Chậm trả'), LITIGATION: tone.danger('Đang khởi kiện'), REPAID: tone.success('Đã thu hồi đủ') },
  events: withPermission('repayment:manage', {
    markLate: { from: ['ON_TIME'], to: 'LATE', label: 'Ghi nhận chậm trả' },
    catchUp: { from: ['LATE'], to: 'ON_TIME', label: 'Đã trả bù đúng lịch' },
    litigate: { from: ['LATE'], to: 'LITIGATION', label: 'Chuyển khởi kiện', requiresReason: true },
    markRepaid: { from: ['ON_TIME', 'LATE', 'LITIGATION'], to: 'REPAID', label: 'Đã thu hồi đủ' },
  }),
});

/** Schedules still owing money. */
export const REPAYMENT_OPEN_STATES: readonly RepaymentStatus[] = ['ON_TIME', 'LATE', 'LITIGATION'];
/** Schedules behind their instalments. */
export const REPAYMENT_OVERDUE_STATES: readonly RepaymentStatus[] = ['LATE', 'LITIGATION'];
/** Schedules taken to court (litigate). */
export const REPAYMENT_LITIGATION_STATES: readonly RepaymentStatus[] = [REPAYMENT_LIFECYCLE.events.litigate.to];
