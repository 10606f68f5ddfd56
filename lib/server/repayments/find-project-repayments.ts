import 'server-only';
import { PROJECT_CONTRACT_SIGNED_STATES, PROJECT_REPAYMENT_PLANNING_STATES } from '@/lib/domain/lifecycle/project';
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
    can: { plan: manage && project.isRecoverable && PROJECT_REPAYMENT_PLANNING_STATES.includes(project.status), record: manage && PROJECT_CONTRACT_SIGNED_STATES.includes(project.status) },
  };
}
