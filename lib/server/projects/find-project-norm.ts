import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { citeNorm, normLinesOf } from '@/lib/domain/norms';
import { assertCan } from '../authz';
import { rulesDateOf } from '@/lib/domain/date-rules';
import { today } from '../dates';
import { db } from '../db';
import { checkProjectNorm, type NormSubject } from './check-project-norm';

/**
 * The norm a đề án is held to, for its page: the one in force on the approval date once approved,
 * today before that. Checked on the estimate, or — for a đề án the plan decision created, before its
 * estimate — on the decided support (`basis: 'proposal'`). Call with a đề án already loaded through
 * the actor's scope.
 */
export async function findProjectNorm(
  actor: Actor,
  project: NormSubject & { year: number; startDate: Date | null; approvalDecision: { issuedOn: Date } | null; totalCostVnd: bigint; stateSupportVnd: bigint; approvedSupportVnd: bigint | null },
) {
  assertCan(actor, 'project:read');
  const on = rulesDateOf({ year: project.year, startDate: project.startDate, approvedOn: project.approvalDecision?.issuedOn ?? null }, today());
  const { basis, lines } = normLinesOf(project);
  const result = await checkProjectNorm(db, { ...project, costLines: lines }, on);
  return { ...result, on, basis, citation: result.norm ? citeNorm(result.norm) : null };
}
