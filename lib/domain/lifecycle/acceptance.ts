// Nghiệm thu: one acceptance round of a đề án (or of one facility in a group đề án). The đề án
// moves UNDER_ACCEPTANCE → ACCEPTED / IN_PROGRESS through its own lifecycle at the same time.
// The round's first states are its dossier's: the beneficiary uploads (SCHEDULED), hands it in
// explicitly (DOSSIER_SUBMITTED), the Trung tâm asks for replacements (REPLACEMENT_REQUESTED, back
// to the beneficiary) or accepts every document (DOSSIER_ACCEPTED); then the council's result.
import { AcceptanceStatus } from '@/prisma/generated/client/enums';
import { can } from '../permissions';
import type { Actor } from '../roles';
import { decisionAt, defineLifecycle, tone } from './machine';
import { PROJECT_ACCEPTANCE_STATES, type ProjectStatus } from './project';

/** Acceptances still open: documents may be attached and a result recorded. */
export const ACCEPTANCE_OPEN_STATES: readonly AcceptanceStatus[] = ['SCHEDULED', 'DOSSIER_SUBMITTED', 'REPLACEMENT_REQUESTED', 'DOSSIER_ACCEPTED'];

export const ACCEPTANCE_LIFECYCLE = defineLifecycle('Acceptance', AcceptanceStatus, {
  entity: 'đợt nghiệm thu',
  states: {
    SCHEDULED: tone.info('Đang chuẩn bị hồ sơ'),
    DOSSIER_SUBMITTED: tone.warning('Cơ sở đã nộp hồ sơ'),
    REPLACEMENT_REQUESTED: tone.warning('Cần bổ sung, thay thế tài liệu'),
    DOSSIER_ACCEPTED: tone.info('Hồ sơ đã được chấp nhận'),
    PASSED: tone.success('Đạt'),
    FAILED: tone.danger('Chưa đạt'),
  },
  events: {
    // The beneficiary's explicit "Nộp hồ sơ": never a side effect of an upload.
    submitDossier: { from: ['SCHEDULED', 'REPLACEMENT_REQUESTED'], to: 'DOSSIER_SUBMITTED', permission: 'acceptance:upload-dossier', label: 'Nộp hồ sơ nghiệm thu' },
    // Both follow the review of the last handed-in document (lib/server/documents/review-dossier-document.ts).
    ...decisionAt('DOSSIER_SUBMITTED', 'acceptance:manage', {
      requestReplacement: { to: 'REPLACEMENT_REQUESTED', label: 'Yêu cầu thay thế tài liệu' },
      acceptDossier: { to: 'DOSSIER_ACCEPTED', label: 'Chấp nhận hồ sơ nghiệm thu' },
    }),
    pass: { from: ['SCHEDULED', 'DOSSIER_SUBMITTED', 'DOSSIER_ACCEPTED'], to: 'PASSED', permission: 'acceptance:manage', label: 'Nghiệm thu đạt' },
    // A round may fail at any point while it is open.
    fail: { from: ACCEPTANCE_OPEN_STATES, to: 'FAILED', permission: 'acceptance:manage', label: 'Nghiệm thu chưa đạt', requiresReason: true },
  },
});

/** States in which the beneficiary works on its dossier (uploads, withdraws, replaces, hands in). */
export const ACCEPTANCE_DOSSIER_EDITABLE_STATES: readonly AcceptanceStatus[] = ACCEPTANCE_LIFECYCLE.events.submitDossier.from;

/** The dossier waits for the Trung tâm's review. */
export const ACCEPTANCE_UNDER_REVIEW_STATES: readonly AcceptanceStatus[] = ACCEPTANCE_LIFECYCLE.events.acceptDossier.from;

export function isAcceptanceOpen(status: AcceptanceStatus): boolean {
  return ACCEPTANCE_OPEN_STATES.includes(status);
}

/**
 * Whether the actor may attach a document to this acceptance now: the đề án page and the upload
 * use case both ask this (the use case further keeps a beneficiary to its own facility's round).
 * Staff may add to any open round; the beneficiary only while its dossier is in its hands.
 */
export function canAttachAcceptanceDocument(actor: Actor, projectStatus: ProjectStatus, acceptanceStatus: AcceptanceStatus): boolean {
  if (!PROJECT_ACCEPTANCE_STATES.includes(projectStatus) || !isAcceptanceOpen(acceptanceStatus)) return false;
  if (can(actor, 'acceptance:manage')) return true;
  return can(actor, 'acceptance:upload-dossier') && ACCEPTANCE_DOSSIER_EDITABLE_STATES.includes(acceptanceStatus);
}

/** Passed acceptances: their accepted value bounds what may be paid (lib/domain/money-position.ts). */
export const ACCEPTANCE_PASSED_STATES: readonly AcceptanceStatus[] = [ACCEPTANCE_LIFECYCLE.events.pass.to];

/** The status types, for pages and components that import them with the lifecycle. */
export type { AcceptanceStatus };
