// Quyết toán of one đề án and the yearly settlement by funding source. The đề án's own states
// (LIQUIDATED → SETTLED → CLOSED) move through PROJECT_LIFECYCLE; these tables move the settlement
// records. Liquidations and refunds are recorded once and never change state, so they have none.
import type { SettlementStatus, YearlySettlementStatus } from '@/prisma/generated/client/enums';
import { defineLifecycle } from './machine';

export type { SettlementStatus, YearlySettlementStatus };

export type SettlementEvent = 'submit' | 'approve' | 'returnForRevision';

export const SETTLEMENT_LIFECYCLE = defineLifecycle<SettlementStatus, SettlementEvent>({
  entity: 'quyết toán đề án',
  statusLabels: { DRAFT: 'Đang lập', SUBMITTED: 'Chờ phê duyệt', APPROVED: 'Đã phê duyệt' },
  events: {
    submit: { from: ['DRAFT'], to: 'SUBMITTED', permission: 'settlement:manage', label: 'Trình quyết toán' },
    approve: { from: ['SUBMITTED'], to: 'APPROVED', permission: 'settlement:approve', label: 'Phê duyệt quyết toán' },
    returnForRevision: { from: ['SUBMITTED'], to: 'DRAFT', permission: 'settlement:approve', label: 'Trả lại quyết toán', requiresReason: true },
  },
});

export type YearlySettlementEvent = 'approve';

export const YEARLY_SETTLEMENT_LIFECYCLE = defineLifecycle<YearlySettlementStatus, YearlySettlementEvent>({
  entity: 'quyết toán năm',
  statusLabels: { DRAFT: 'Đang lập', APPROVED: 'Sở Tài chính đã phê duyệt' },
  events: {
    approve: { from: ['DRAFT'], to: 'APPROVED', permission: 'settlement:approve', label: 'Phê duyệt quyết toán năm' },
  },
});
