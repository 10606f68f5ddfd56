// Hỗ trợ có thu hồi: the repayment standing of one facility's schedule, kept by the Trung tâm.
import { RepaymentStatus } from '@/prisma/generated/client/enums';
import { defineLifecycle, tone, withPermission } from './machine';

export const REPAYMENT_LIFECYCLE = defineLifecycle('RepaymentSchedule', RepaymentStatus, {
  entity: 'lịch thu hồi',
  states: { ON_TIME: tone.info('Đúng hạn'), LATE: tone.warning('Chậm trả'), LITIGATION: tone.danger('Đang khởi kiện'), REPAID: tone.success('Đã thu hồi đủ') },
  events: withPermission('repayment:manage', {
    // Behind on an instalment (recorded by the daily reminder job, lib/server/jobs/remind-installments.ts, or on
    // the way to court), and taken to court if it stays so (lib/server/repayments/mark-litigation.ts).
    markLate: { from: ['ON_TIME'], to: 'LATE', label: 'Ghi nhận chậm trả', bySystem: true },
    litigate: { from: ['LATE'], to: 'LITIGATION', label: 'Chuyển khởi kiện', requiresReason: true },
    // What a recorded repayment brings about (lib/server/repayments/record-repayment.ts).
    catchUp: { from: ['LATE'], to: 'ON_TIME', label: 'Đã trả bù đúng lịch' },
    markRepaid: { from: ['ON_TIME', 'LATE', 'LITIGATION'], to: 'REPAID', label: 'Đã thu hồi đủ' },
  }),
});

/** Schedules still owing money. */
export const REPAYMENT_OPEN_STATES: readonly RepaymentStatus[] = ['ON_TIME', 'LATE', 'LITIGATION'];
/** Schedules behind their instalments. */
export const REPAYMENT_OVERDUE_STATES: readonly RepaymentStatus[] = ['LATE', 'LITIGATION'];
/** Schedules taken to court (litigate). */
export const REPAYMENT_LITIGATION_STATES: readonly RepaymentStatus[] = [REPAYMENT_LIFECYCLE.events.litigate.to];

/** The status types, for pages and components that import them with the lifecycle. */
export type { RepaymentStatus };
