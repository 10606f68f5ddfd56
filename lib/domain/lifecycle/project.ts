// Đề án lifecycle (DOMAIN.md "Đề án lifecycle"), the one table every status change of a đề án goes
// through (lib/server/lifecycle/transition.ts). Amendments are a side record (Amendment) with their
// own small lifecycle below: they do not move the đề án's status, except an approved STOP amendment,
// which fires `stop`.
import type { AmendmentStatus, ProjectStatus } from '@/prisma/generated/client/enums';
import { defineLifecycle } from './machine';

export type { AmendmentStatus, ProjectStatus };

export type ProjectEvent =
  | 'submit'
  | 'withdraw'
  | 'returnForRevision'
  | 'appraisePass'
  | 'appraiseFail'
  | 'approve'
  | 'reject'
  | 'signContract'
  | 'start'
  | 'requestAcceptance'
  | 'acceptancePassed'
  | 'acceptanceFailed'
  | 'liquidate'
  | 'settle'
  | 'close'
  | 'stop';

export const PROJECT_LIFECYCLE = defineLifecycle<ProjectStatus, ProjectEvent>({
  entity: 'đề án',
  statusLabels: {
    DRAFT: 'Dự thảo',
    SUBMITTED: 'Đã đăng ký',
    APPRAISED: 'Đã thẩm định',
    REJECTED: 'Không được duyệt',
    APPROVED: 'Đã phê duyệt',
    CONTRACTED: 'Đã ký hợp đồng',
    IN_PROGRESS: 'Đang thực hiện',
    UNDER_ACCEPTANCE: 'Đang nghiệm thu',
    ACCEPTED: 'Đã nghiệm thu',
    LIQUIDATED: 'Đã thanh lý',
    SETTLED: 'Đã quyết toán',
    CLOSED: 'Đã đóng',
    STOPPED: 'Đã dừng',
  },
  events: {
    submit: { from: ['DRAFT'], to: 'SUBMITTED', permission: 'project:submit', label: 'Gửi đăng ký' },
    withdraw: { from: ['SUBMITTED'], to: 'DRAFT', permission: 'project:submit', label: 'Rút lại để sửa' },
    returnForRevision: {
      from: ['SUBMITTED'],
      to: 'DRAFT',
      permission: 'project:appraise',
      label: 'Trả lại để bổ sung hồ sơ',
      requiresReason: true,
    },
    appraisePass: { from: ['SUBMITTED'], to: 'APPRAISED', permission: 'project:appraise', label: 'Thẩm định đạt' },
    appraiseFail: {
      from: ['SUBMITTED'],
      to: 'REJECTED',
      permission: 'project:appraise',
      label: 'Thẩm định không đạt',
      requiresReason: true,
    },
    approve: { from: ['APPRAISED'], to: 'APPROVED', permission: 'project:approve', label: 'Phê duyệt' },
    reject: { from: ['APPRAISED'], to: 'REJECTED', permission: 'project:approve', label: 'Không phê duyệt', requiresReason: true },
    signContract: { from: ['APPROVED'], to: 'CONTRACTED', permission: 'project:contract', label: 'Ký hợp đồng' },
    start: { from: ['CONTRACTED'], to: 'IN_PROGRESS', permission: 'project:execute', label: 'Bắt đầu thực hiện' },
    requestAcceptance: {
      from: ['IN_PROGRESS'],
      to: 'UNDER_ACCEPTANCE',
      permission: 'project:execute',
      label: 'Đề nghị nghiệm thu',
    },
    acceptancePassed: { from: ['UNDER_ACCEPTANCE'], to: 'ACCEPTED', permission: 'acceptance:manage', label: 'Nghiệm thu đạt' },
    acceptanceFailed: {
      from: ['UNDER_ACCEPTANCE'],
      to: 'IN_PROGRESS',
      permission: 'acceptance:manage',
      label: 'Nghiệm thu chưa đạt',
      requiresReason: true,
    },
    liquidate: { from: ['ACCEPTED'], to: 'LIQUIDATED', permission: 'settlement:manage', label: 'Thanh lý hợp đồng' },
    settle: { from: ['LIQUIDATED'], to: 'SETTLED', permission: 'settlement:approve', label: 'Phê duyệt quyết toán' },
    close: { from: ['SETTLED'], to: 'CLOSED', permission: 'settlement:approve', label: 'Đóng hồ sơ' },
    // Violation or impossibility (DOMAIN.md); before approval a đề án is rejected instead.
    stop: {
      from: ['APPROVED', 'CONTRACTED', 'IN_PROGRESS', 'UNDER_ACCEPTANCE'],
      to: 'STOPPED',
      permission: 'project:stop',
      label: 'Dừng thực hiện',
      requiresReason: true,
    },
  },
});

/** States in which the dossier (general info, beneficiaries, estimate, documents) may still be edited freely. */
export const PROJECT_EDITABLE_STATES: readonly ProjectStatus[] = ['DRAFT'];
/** States in which an amendment (điều chỉnh) may be requested: approved and not yet under acceptance. */
export const PROJECT_AMENDABLE_STATES: readonly ProjectStatus[] = ['APPROVED', 'CONTRACTED', 'IN_PROGRESS'];
/** States whose đề án count as "achieved" toward programme targets. */
export const PROJECT_ACHIEVED_STATES: readonly ProjectStatus[] = ['ACCEPTED', 'LIQUIDATED', 'SETTLED', 'CLOSED'];
/** States in which advances and payments may be requested. */
export const PROJECT_PAYABLE_STATES: readonly ProjectStatus[] = ['CONTRACTED', 'IN_PROGRESS', 'UNDER_ACCEPTANCE', 'ACCEPTED', 'LIQUIDATED'];
/** Tạm ứng: after the contract, before acceptance (DOMAIN.md "Advances"). */
export const PROJECT_ADVANCE_STATES: readonly ProjectStatus[] = ['CONTRACTED', 'IN_PROGRESS', 'UNDER_ACCEPTANCE'];
/** Thanh toán follows acceptance (DOMAIN.md "Payment"); liquidation may still settle what is due. */
export const PROJECT_FINAL_PAYMENT_STATES: readonly ProjectStatus[] = ['ACCEPTED', 'LIQUIDATED'];
/** States in which the thanh lý / quyết toán page has something to show or do. */
export const PROJECT_SETTLEMENT_PAGE_STATES: readonly ProjectStatus[] = ['ACCEPTED', 'LIQUIDATED', 'SETTLED', 'CLOSED', 'STOPPED'];
/** States whose support does not count for the duplicate-support check (never funded). */
export const PROJECT_UNFUNDED_STATES: readonly ProjectStatus[] = ['REJECTED', 'STOPPED'];
/** States in which the acceptance dossier may be uploaded. */
export const PROJECT_ACCEPTANCE_STATES: readonly ProjectStatus[] = ['UNDER_ACCEPTANCE'];

/**
 * A đề án created by the UBND plan decision is APPROVED with the proposal's totals and no estimate;
 * its estimate may be drawn up until the contract is signed (lib/server/projects/replace-cost-lines.ts).
 */
export function isPlanProjectAwaitingEstimate(project: { status: ProjectStatus; planItemId: number | null }): boolean {
  return project.status === 'APPROVED' && project.planItemId !== null;
}

export function isProjectStatus(value: string): value is ProjectStatus {
  return Object.hasOwn(PROJECT_LIFECYCLE.statusLabels, value);
}

export type AmendmentEvent = 'approve' | 'reject';

/** Điều chỉnh: requested by the implementing unit, decided by the approver (project:amend-decide). */
export const AMENDMENT_LIFECYCLE = defineLifecycle<AmendmentStatus, AmendmentEvent>({
  entity: 'đề nghị điều chỉnh',
  statusLabels: { REQUESTED: 'Chờ duyệt', APPROVED: 'Đã duyệt', REJECTED: 'Không duyệt' },
  events: {
    approve: { from: ['REQUESTED'], to: 'APPROVED', permission: 'project:amend-decide', label: 'Duyệt điều chỉnh' },
    reject: {
      from: ['REQUESTED'],
      to: 'REJECTED',
      permission: 'project:amend-decide',
      label: 'Không duyệt điều chỉnh',
      requiresReason: true,
    },
  },
});
