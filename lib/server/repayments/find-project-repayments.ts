import 'server-only';
import { can } from '@/lib/domain/permissions';
import type { Actor } from '@/lib/domain/roles';
import { getProjectOrThrow } from '../projects/get-project';
import { findRepaymentSchedules } from './find-debtors';

/** The recoverable đề án's schedules (a beneficiary: its own) and what the actor may do with them. */
export async function findProjectRepayments(actor: Actor, projectId: number) {
  const project = await getProjectOrThrow(actor, projectId);
  const schedules = await findRepaymentSchedules(actor, { projectId: project.id });
  const manage = can(actor, 'repayment:manage');
  return {
    project,
    schedules,
    can: { plan: manage && project.isRecoverable && project.status === 'APPROVED', record: manage && !['DRAFT', 'SUBMITTED', 'APPRAISED', 'APPROVED', 'REJECTED'].includes(project.status) },
  };
}
