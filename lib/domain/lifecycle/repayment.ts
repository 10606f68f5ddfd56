// Hỗ trợ có thu hồi: the stored status of a repayment schedule. On time / late / repaid are computed
// from the instalments and the clock (lib/domain/repayment.ts); only going to court is a decision
// someone takes, so it is the one stored transition.
import type { RepaymentStatus } from '@/prisma/generated/client/enums';
import { defineLifecycle } from './machine';

export type RepaymentEvent = 'litigate';

export const REPAYMENT_LIFECYCLE = defineLifecycle<RepaymentStatus, RepaymentEvent>({
  entity: 'lịch hoàn trả',
  statusLabels: { ON_TIME: 'Đang theo dõi', LATE: 'Quá hạn', LITIGATION: 'Khởi kiện', REPAID: 'Đã hoàn trả' },
  events: {
    litigate: { from: ['ON_TIME', 'LATE'], to: 'LITIGATION', permission: 'repayment:manage', label: 'Chuyển khởi kiện', requiresReason: true },
  },
});
