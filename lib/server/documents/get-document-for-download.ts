import 'server-only';
import type { Prisma } from '@/prisma/generated/client/client';
import { can } from '@/lib/domain/permissions';
import type { Actor } from '@/lib/domain/roles';
import { annualPlanScope, decisionScope, paymentRequestScope, projectScope } from '@/lib/domain/scope';
import { getInScopeOrThrow } from '../authz';
import { db } from '../db';
import { forbiddenError } from '../errors';
import { readStoredFile } from '../storage';

/** Where a document may be reached from: the record it belongs to, seen through the actor's scope. */
function documentScope(actor: Actor): Prisma.DocumentWhereInput[] {
  const or: Prisma.DocumentWhereInput[] = [];
  if (can(actor, 'project:read')) {
    or.push({ project: projectScope(actor) }, { acceptance: { project: projectScope(actor) } }, { paymentRequest: paymentRequestScope(actor) });
  }
  if (can(actor, 'decision:read')) or.push({ decision: decisionScope(actor) });
  if (can(actor, 'plan:read')) or.push({ planItem: { annualPlan: annualPlanScope(actor) } });
  return or;
}

/** A stored file and its metadata, if the actor may see the record it belongs to. */
export async function getDocumentForDownload(actor: Actor, documentId: number) {
  const or = documentScope(actor);
  if (or.length === 0) throw forbiddenError();
  const document = await getInScopeOrThrow(
    db.document.findFirst({ where: { id: documentId, OR: or } }),
    async () => (await db.document.count({ where: { id: documentId } })) > 0,
    'tài liệu',
  );
  return { document, bytes: await readStoredFile(document.storageKey) };
}
