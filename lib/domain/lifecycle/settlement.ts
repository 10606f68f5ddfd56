// Thanh lý, quyết toán of one đề án: prepared by the Trung tâm, approved by Sở Công Thương
// leadership or Sở Tài chính (settlement:approve), who may send it back with a reason.
import type { SettlementStatus } from '@/prisma/generated/client/enums';
import { defineLifecycle } from './machine';

export type { SettlementStatus };

export type SettlementEvent = 'submit' | 'return' | 'approve';

export const SETTLEMENT_LIFECYCLE = defineLifecycle<SettlementStatus, SettlementEvent, 'Settlement'>({
  model: 'Settlement',
  entity: 'hồ sơ quyết toán',
  statusLabels: { DRAFT: 'Dự thảo', SUBMITTED: 'Chờ phê duyệt', APPROVED: 'Đã phê duyệt' },
  events: {
    submit: { from: ['DRAFT'], to: 'SUBMITTED', permission: 'settlement:manage', label: 'Trình quyết toán' },
    return: { from: ['SUBMITTED'], to: 'DRAFT', permission: 'settlement:approve', label: 'Trả lại hồ sơ quyết toán', requiresReason: true },
    approve: { from: ['SUBMITTED'], to: 'APPROVED', permission: 'settlement:approve', label: 'Phê duyệt quyết toán' },
  },
});

/** Settlements whose figures may still be changed by the Trung tâm. */
export const SETTLEMENT_EDITABLE_STATES: readonly SettlementStatus[] = ['DRAFT'];
/** Settlements whose figures are final (refunds are owed on them). */
export const SETTLEMENT_FINAL_STATES: readonly SettlementStatus[] = ['APPROVED'];
