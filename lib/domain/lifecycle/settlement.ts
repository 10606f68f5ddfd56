// Thanh lý, quyết toán of one đề án: prepared by the Trung tâm, approved by Sở Công Thương
// leadership or Sở Tài chính (settlement:approve), who may send it back with a reason.
import { SettlementStatus, YearlySettlementStatus } from '@/prisma/generated/client/enums';
import { decisionAt, defineLifecycle, tone } from './machine';


export const SETTLEMENT_LIFECYCLE = defineLifecycle('Settlement', SettlementStatus, {
  entity: 'hồ sơ quyết toán',
  states: { DRAFT: tone.neutral('Dự thảo'), SUBMITTED: tone.info('Chờ phê duyệt'), APPROVED: tone.success('Đã phê duyệt') },
  events: {
    submit: { from: ['DRAFT'], to: 'SUBMITTED', permission: 'settlement:manage', label: 'Trình quyết toán' },
    ...decisionAt('SUBMITTED', 'settlement:approve', {
      return: { to: 'DRAFT', label: 'Trả lại hồ sơ quyết toán', requiresReason: true },
      approve: { to: 'APPROVED', label: 'Phê duyệt quyết toán' },
    }),
  },
});

/** Settlements whose figures may still be changed by the Trung tâm. */
export const SETTLEMENT_EDITABLE_STATES: readonly SettlementStatus[] = ['DRAFT'];
/** Settlements whose figures are final (refunds are owed on them). */
export const SETTLEMENT_FINAL_STATES: readonly SettlementStatus[] = ['APPROVED'];

/** Quyết toán năm theo nguồn: drawn up from the đề án's positions, approved by Sở Tài chính. */
export const YEARLY_SETTLEMENT_LIFECYCLE = defineLifecycle('YearlySettlement', YearlySettlementStatus, {
  entity: 'quyết toán năm',
  states: { DRAFT: tone.neutral('Đang lập'), APPROVED: tone.success('Sở Tài chính đã phê duyệt') },
  events: {
    approve: { from: ['DRAFT'], to: 'APPROVED', permission: 'settlement:approve', label: 'Phê duyệt quyết toán năm' },
  },
});

/** A yearly settlement approved: its totals are frozen. */
export const YEARLY_SETTLEMENT_FINAL_STATES: readonly YearlySettlementStatus[] = [YEARLY_SETTLEMENT_LIFECYCLE.events.approve.to];
/** A đề án settlement still being drawn up by the Trung tâm (may be (re)submitted). */
export const SETTLEMENT_SUBMITTABLE_STATES: readonly SettlementStatus[] = SETTLEMENT_LIFECYCLE.events.submit.from;
/** A đề án settlement waiting for approval. */
export const SETTLEMENT_AWAITING_APPROVAL_STATES: readonly SettlementStatus[] = SETTLEMENT_LIFECYCLE.events.approve.from;
