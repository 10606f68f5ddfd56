// Nghiệm thu: one acceptance round of a đề án (or of one facility in a group đề án). The đề án
// moves UNDER_ACCEPTANCE → ACCEPTED / IN_PROGRESS through its own lifecycle at the same time.
import type { AcceptanceStatus } from '@/prisma/generated/client/enums';
import { can } from '../permissions';
import type { Actor } from '../roles';
import { defineLifecycle } from './machine';
import { PROJECT_ACCEPTANCE_STATES, type ProjectStatus } from './project';

export type { AcceptanceStatus };

export type AcceptanceEvent = 'submitDossier' | 'pass' | 'fail';

export const ACCEPTANCE_LIFECYCLE = defineLifecycle<AcceptanceStatus, AcceptanceEvent, 'Acceptance'>({
  model: 'Acceptance',
  entity: 'đợt nghiệm thu',
  statusLabels: { SCHEDULED: 'Đã lên lịch', DOSSIER_SUBMITTED: 'Cơ sở đã nộp hồ sơ', PASSED: 'Đạt', FAILED: 'Chưa đạt' },
  events: {
    // The beneficiary's first upload to the acceptance says its dossier is in.
    submitDossier: { from: ['SCHEDULED'], to: 'DOSSIER_SUBMITTED', permission: 'acceptance:upload-dossier', label: 'Nộp hồ sơ nghiệm thu' },
    pass: { from: ['SCHEDULED', 'DOSSIER_SUBMITTED'], to: 'PASSED', permission: 'acceptance:manage', label: 'Nghiệm thu đạt' },
    fail: {
      from: ['SCHEDULED', 'DOSSIER_SUBMITTED'],
      to: 'FAILED',
      permission: 'acceptance:manage',
      label: 'Nghiệm thu chưa đạt',
      requiresReason: true,
    },
  },
});

/** Acceptances still open: documents may be attached and a result recorded. */
export const ACCEPTANCE_OPEN_STATES: readonly AcceptanceStatus[] = ['SCHEDULED', 'DOSSIER_SUBMITTED'];

export function isAcceptanceOpen(status: AcceptanceStatus): boolean {
  return ACCEPTANCE_OPEN_STATES.includes(status);
}

/**
 * Whether the actor may attach a document to this acceptance now: the đề án page and the upload
 * use case both ask this (the use case further keeps a beneficiary to its own facility's round).
 */
export function canAttachAcceptanceDocument(actor: Actor, projectStatus: ProjectStatus, acceptanceStatus: AcceptanceStatus): boolean {
  return (
    (can(actor, 'acceptance:manage') || can(actor, 'acceptance:upload-dossier')) &&
    PROJECT_ACCEPTANCE_STATES.includes(projectStatus) &&
    isAcceptanceOpen(acceptanceStatus)
  );
}

/** Passed acceptances: their accepted value bounds what may be paid (lib/domain/money-position.ts). */
export const ACCEPTANCE_PASSED_STATES: readonly AcceptanceStatus[] = [ACCEPTANCE_LIFECYCLE.events.pass.to];
