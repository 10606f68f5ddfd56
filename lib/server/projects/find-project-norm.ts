import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { citeNorm } from '@/lib/domain/norms';
import { assertCan } from '../authz';
import { rulesDateOf } from '@/lib/domain/date-rules';
import { today } from '../dates';
import { db } from '../db';
import { checkProjectNorm, type NormSubject } from './check-project-norm';

/**
 * The norm a đề án is held to, for its page: the one in force on the approval date once approved,
 * today before that. Call with a đề án already loaded through the actor's scope.
 */
export async function findProjectNorm(actor: Actor, project: NormSubject & { year: number; startDate: Date | null; approvalDecision: { issuedOn: Date } | null }) {
  assertCan(actor, 'project:read');
  const on = rulesDateOf({ year: project.year, startDate: project.startDate, approvedOn: project.approvalDecision?.issuedOn ?? null }, today());
  const result = await checkProjectNorm(db, project, on);
  return { ...result, on, citation: result.norm ? citeNorm(result.norm) : null };
}
