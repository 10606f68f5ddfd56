// Đề án lifecycle (DOMAIN.md "Đề án lifecycle"), the one table every status change of a đề án goes
// through (lib/server/lifecycle/transition.ts). Amendments are a side record (Amendment) with their
// own small lifecycle below: they do not move the đề án's status, except an approved STOP amendment,
// which fires `stop`.
import { AmendmentStatus, ProjectStatus } from '@/prisma/generated/client/enums';
import { can } from '../permissions';
import type { Actor } from '../roles';
import { availableEvents, canFire, decisionAt, defineLifecycle, type EventOf, tone, withPermission } from './machine';

export const PROJECT_LIFECYCLE = defineLifecycle('Project', ProjectStatus, {
  entity: 'đề án',
  states: {
    DRAFT: tone.neutral('Dự thảo'),
    SUBMITTED: tone.info('Đã đăng ký'),
    APPRAISED: tone.info('Đã thẩm định'),
    REJECTED: tone.danger('Không được duyệt'),
    APPROVED: tone.success('Đã phê duyệt'),
    CONTRACTED: tone.success('Đã ký hợp đồng'),
    IN_PROGRESS: tone.warning('Đang thực hiện'),
    UNDER_ACCEPTANCE: tone.warning('Đang nghiệm thu'),
    ACCEPTED: tone.success('Đã nghiệm thu'),
    LIQUIDATED: tone.success('Đã thanh lý'),
    SETTLED: tone.success('Đã quyết toán'),
    CLOSED: tone.neutral('Đã đóng'),
    STOPPED: tone.danger('Đã dừng'),
  },
  events: {
    ...withPermission('project:submit', {
      submit: { from: ['DRAFT'], to: 'SUBMITTED', label: 'Gửi đăng ký' },
      withdraw: { from: ['SUBMITTED'], to: 'DRAFT', label: 'Rút lại để sửa' },
    }),
    ...decisionAt('SUBMITTED', 'project:appraise', {
      returnForRevision: { to: 'DRAFT', label: 'Trả lại để bổ sung hồ sơ', requiresReason: true },
      appraisePass: { to: 'APPRAISED', label: 'Thẩm định đạt' },
      appraiseFail: { to: 'REJECTED', label: 'Thẩm định không đạt', requiresReason: true },
    }),
    ...decisionAt('APPRAISED', 'project:approve', {
      approve: { to: 'APPROVED', label: 'Phê duyệt' },
      reject: { to: 'REJECTED', label: 'Không phê duyệt', requiresReason: true },
    }),
    signContract: { from: ['APPROVED'], to: 'CONTRACTED', permission: 'project:contract', label: 'Ký hợp đồng' },
    ...withPermission('project:execute', {
      start: { from: ['CONTRACTED'], to: 'IN_PROGRESS', label: 'Bắt đầu thực hiện' },
      requestAcceptance: { from: ['IN_PROGRESS'], to: 'UNDER_ACCEPTANCE', label: 'Đề nghị nghiệm thu' },
    }),
    // The acceptance round's result (lib/server/projects/record-acceptance-result.ts).
    ...decisionAt('UNDER_ACCEPTANCE', 'acceptance:manage', {
      acceptancePassed: { to: 'ACCEPTED', label: 'Nghiệm thu đạt' },
      acceptanceFailed: { to: 'IN_PROGRESS', label: 'Nghiệm thu chưa đạt', requiresReason: true },
    }),
    liquidate: { from: ['ACCEPTED'], to: 'LIQUIDATED', permission: 'settlement:manage', label: 'Thanh lý hợp đồng' },
    settle: { from: ['LIQUIDATED'], to: 'SETTLED', permission: 'settlement:approve', label: 'Phê duyệt quyết toán' },
    close: { from: ['SETTLED'], to: 'CLOSED', permission: 'settlement:approve', label: 'Đóng hồ sơ' },
    // Violation or impossibility (DOMAIN.md); before approval a đề án is rejected instead.
    stop: { from: ['APPROVED', 'CONTRACTED', 'IN_PROGRESS', 'UNDER_ACCEPTANCE'], to: 'STOPPED', permission: 'project:stop', label: 'Dừng thực hiện', requiresReason: true },
  },
});
export type ProjectEvent = EventOf<typeof PROJECT_LIFECYCLE>;

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

/** States from which nothing more happens to a đề án: no documents are added any more. */
export const PROJECT_FINISHED_STATES: readonly ProjectStatus[] = ['REJECTED', 'STOPPED', 'CLOSED'];
/** Before approval a norm exception may be recorded; afterwards a change of figures goes through an amendment. */
export const PROJECT_NORM_EXCEPTION_STATES: readonly ProjectStatus[] = ['DRAFT', 'SUBMITTED', 'APPRAISED'];
/** The status a new đề án starts in. */
export const PROJECT_INITIAL_STATE: ProjectStatus = 'DRAFT';

/**
 * Whether the actor may attach a document to the đề án itself (not to an acceptance) in this state:
 * the upload page and the upload use case both ask this. Dossier kinds are further limited to the
 * editable states (`canAttachDossierDocument`).
 */
export function canAttachProjectDocument(actor: Actor, status: ProjectStatus): boolean {
  return can(actor, 'project:edit') && !PROJECT_FINISHED_STATES.includes(status);
}

/**
 * Whether a norm exception may be recorded now: the đề án page and the use case both ask this. Before
 * approval; or, for a đề án the plan decision approved, until its contract (its estimate is drawn up
 * after the decision, and must pass the norm or carry an exception before the contract is signed).
 */
export function canRecordNormException(actor: Actor, project: { status: ProjectStatus; planItemId: number | null }): boolean {
  return can(actor, 'norm:exception') && (PROJECT_NORM_EXCEPTION_STATES.includes(project.status) || isPlanProjectAwaitingEstimate(project));
}

export function canAttachDossierDocument(actor: Actor, status: ProjectStatus): boolean {
  return canAttachProjectDocument(actor, status) && PROJECT_EDITABLE_STATES.includes(status);
}

/** Nộp trả ngân sách is recorded after acceptance (or a stop) and before settlement. */
export const PROJECT_REFUNDABLE_STATES: readonly ProjectStatus[] = ['ACCEPTED', 'LIQUIDATED', 'STOPPED'];
/** States once the contract is signed: repayments of recoverable support may be recorded. */
export const PROJECT_CONTRACT_SIGNED_STATES: readonly ProjectStatus[] = ['CONTRACTED', 'IN_PROGRESS', 'UNDER_ACCEPTANCE', 'ACCEPTED', 'LIQUIDATED', 'SETTLED', 'CLOSED', 'STOPPED'];
/** A repayment schedule is part of the contract: drawn up only while the đề án awaits its contract. */
export const PROJECT_REPAYMENT_PLANNING_STATES: readonly ProjectStatus[] = PROJECT_LIFECYCLE.events.signContract.from;

/**
 * A đề án created by the UBND plan decision is APPROVED with the proposal's totals and no estimate;
 * its estimate may be drawn up until the contract is signed (lib/server/projects/replace-cost-lines.ts).
 */
export function isPlanProjectAwaitingEstimate(project: { status: ProjectStatus; planItemId: number | null }): boolean {
  return project.status === PROJECT_LIFECYCLE.events.approve.to && project.planItemId !== null;
}

/**
 * Separation of duties: the officer who drafted a đề án does not appraise it (the appraiser is not
 * the author). The role may appraise; this one record is excluded for this one person.
 */
export const AUTHOR_EXCLUDED_EVENTS: readonly ProjectEvent[] = ['appraisePass', 'appraiseFail'];
export const AUTHOR_APPRAISAL_MESSAGE = 'Người lập đề án không được thẩm định đề án của mình: đề nghị cán bộ khác của Trung tâm hoặc Sở Công Thương thẩm định.';

/** True when the duties rule keeps this actor from firing the event on this đề án. */
export function isExcludedAsAuthor(actor: Actor, event: ProjectEvent, project: { createdById: number }): boolean {
  return AUTHOR_EXCLUDED_EVENTS.includes(event) && project.createdById === actor.id;
}

/** Whether this actor may fire the event on this đề án: role and state (the table), then the duties rule. */
export function canFireProjectEvent(actor: Actor, event: ProjectEvent, project: { status: ProjectStatus; createdById: number }): boolean {
  return canFire(PROJECT_LIFECYCLE, event, actor, project.status) && !isExcludedAsAuthor(actor, event, project);
}

/** The events the đề án page offers this actor: the same rule the use cases enforce. */
export function projectEventsFor(actor: Actor, project: { status: ProjectStatus; createdById: number }): ProjectEvent[] {
  return availableEvents(PROJECT_LIFECYCLE, actor, project.status).filter((e) => canFireProjectEvent(actor, e, project));
}

/**
 * A draft đề án may be deleted (not a registered one: that is the record of a request) by the unit
 * that drafts it — an officer of its implementing organisation with the right to edit đề án.
 */
export function canDeleteProjectDraft(actor: Actor, project: { status: ProjectStatus; implementingOrgId: number }): boolean {
  return can(actor, 'project:edit') && PROJECT_EDITABLE_STATES.includes(project.status) && actor.organizationId === project.implementingOrgId;
}

/** States in which the work is being carried out and no acceptance is yet scheduled. */
export const PROJECT_RUNNING_STATES: readonly ProjectStatus[] = ['APPROVED', 'CONTRACTED', 'IN_PROGRESS'];

export function isProjectStatus(value: string): value is ProjectStatus {
  return Object.hasOwn(PROJECT_LIFECYCLE.statusLabels, value);
}

/**
 * Điều chỉnh: requested by the implementing unit, decided by the approver (project:amend-decide).
 * Until then the unit may take its request back (a wrong request would otherwise hold the đề án:
 * it has at most one pending request).
 */
export const AMENDMENT_LIFECYCLE = defineLifecycle('Amendment', AmendmentStatus, {
  entity: 'đề nghị điều chỉnh',
  states: { REQUESTED: tone.warning('Chờ duyệt'), APPROVED: tone.success('Đã duyệt'), REJECTED: tone.danger('Không duyệt'), WITHDRAWN: tone.neutral('Đã rút đề nghị') },
  events: {
    ...decisionAt('REQUESTED', 'project:amend-decide', {
      approve: { to: 'APPROVED', label: 'Duyệt điều chỉnh' },
      reject: { to: 'REJECTED', label: 'Không duyệt điều chỉnh', requiresReason: true },
    }),
    withdraw: { from: ['REQUESTED'], to: 'WITHDRAWN', permission: 'project:amend-request', label: 'Rút đề nghị điều chỉnh' },
  },
});

/** Amendments waiting for a decision: a đề án has at most one at a time. */
export const AMENDMENT_PENDING_STATES: readonly AmendmentStatus[] = AMENDMENT_LIFECYCLE.events.approve.from;
/** The amendment whose `after` became the đề án's next version. */
export const AMENDMENT_APPLIED_STATE: AmendmentStatus = AMENDMENT_LIFECYCLE.events.approve.to;

export function isAmendmentPending(status: AmendmentStatus): boolean {
  return AMENDMENT_PENDING_STATES.includes(status);
}

/** Whether the actor may take this request back now: the amendments page and the use case both ask this. */
export function canWithdrawAmendment(actor: Actor, status: AmendmentStatus): boolean {
  return canFire(AMENDMENT_LIFECYCLE, 'withdraw', actor, status);
}

/** States in which an amendment of this kind may be requested: a stop request also during acceptance. */
export function amendmentRequestStates(stop: boolean): readonly ProjectStatus[] {
  return stop ? PROJECT_LIFECYCLE.events.stop.from : PROJECT_AMENDABLE_STATES;
}

/**
 * Whether an amendment (a change, a stop, or either when `stop` is omitted) may be requested for
 * the đề án now: the amendments page and the request use case both ask this.
 */
export function canRequestAmendment(actor: Actor, status: ProjectStatus, amendments: readonly { status: AmendmentStatus }[], stop?: boolean): boolean {
  if (!can(actor, 'project:amend-request') || amendments.some((a) => isAmendmentPending(a.status))) return false;
  const kinds = stop === undefined ? [false, true] : [stop];
  return kinds.some((k) => amendmentRequestStates(k).includes(status));
}

/** The status types, for pages and components that import them with the lifecycle. */
export type { AmendmentStatus, ProjectStatus };
