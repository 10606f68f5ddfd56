import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { citeNorm } from '@/lib/domain/norms';
import { assertCan } from '../authz';
import { db } from '../db';
import { checkProjectNorm, type NormSubject } from './check-project-norm';
import { now as clockNow } from '@/lib/server/clock';

/**
 * The norm a đề án is held to, for its page: the one in force on the approval date once approved,
 * today before that. Call with a đề án already loaded through the actor's scope.
 */
export async function findProjectNorm(actor: Actor, project: NormSubject & { approvalDecision: { issuedOn: Date } | null }) {
  assertCan(actor, 'project:read');
  const on = project.approvalDecision?.issuedOn ?? clockNow();
  const result = await checkProjectNorm(db, project, on);
  return { ...result, on, citation: result.norm ? citeNorm(result.norm) : null };
}
