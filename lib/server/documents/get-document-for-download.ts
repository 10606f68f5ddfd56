import 'server-only';
import type { Prisma } from '@/prisma/generated/client/client';
import { DOCUMENT_SERVED_STATES } from '@/lib/domain/lifecycle/document';
import { can } from '@/lib/domain/permissions';
import type { Actor } from '@/lib/domain/roles';
import { annualPlanScope, decisionScope, paymentRequestScope, projectScope, supportRequestScope } from '@/lib/domain/scope';
import { OUT_OF_SCOPE } from '../audit-denied';
import { db } from '../db';
import { AppError, forbiddenError } from '../errors';
import { openStoredFile } from '../storage';

/** Where a document may be reached from: the record it belongs to, seen through the actor's scope. */
function documentScope(actor: Actor): Prisma.DocumentWhereInput[] {
  const or: Prisma.DocumentWhereInput[] = [];
  if (can(actor, 'project:read')) {
    or.push({ project: projectScope(actor) }, { acceptance: { project: projectScope(actor) } }, { paymentRequest: paymentRequestScope(actor) });
  }
  if (can(actor, 'decision:read')) or.push({ decision: decisionScope(actor) });
  if (can(actor, 'plan:read')) or.push({ planItem: { annualPlan: annualPlanScope(actor) } });
  // A support request's attachments: the facility's own (drafts too), its xã's and the province
  // staff's once sent — the same rows the request pages show them.
  if (can(actor, 'support-request:apply') || can(actor, 'plan:read')) or.push({ supportRequest: supportRequestScope(actor) });
  return or;
}

/**
 * A stored file (streamed) and its metadata, if the actor may see the record it belongs to. Another
 * province's document is NOT_FOUND (nothing is learnt by trying ids); a beneficiary guessing the
 * address of another facility's document in its own province is FORBIDDEN. A withdrawn document or
 * an earlier version is out of the serving path (NOT_FOUND). `preview` serves a HEIC photo's JPEG.
 */
export async function getDocumentForDownload(actor: Actor, documentId: number, options: { preview?: boolean } = {}) {
  const or = documentScope(actor);
  if (or.length === 0) throw forbiddenError();
  const document = await db.document.findFirst({ where: { id: documentId, OR: or } });
  if (!document) {
    const other = await db.document.findUnique({ where: { id: documentId }, select: { provinceId: true } });
    if (other && actor.facilityId !== null && actor.provinceId === other.provinceId) throw forbiddenError('Tài liệu này thuộc hồ sơ của cơ sở khác.');
    throw new AppError('NOT_FOUND', 'Không tìm thấy tài liệu.', undefined, other ? OUT_OF_SCOPE : undefined);
  }
  if (!DOCUMENT_SERVED_STATES.includes(document.review)) throw new AppError('NOT_FOUND', 'Tài liệu đã được rút hoặc thay thế bằng phiên bản mới.');
  const preview = options.preview && document.previewKey !== null;
  const file = await openStoredFile(preview ? document.previewKey! : document.storageKey);
  return { document, preview, mimeType: preview ? 'image/jpeg' : document.mimeType, ...file };
}
