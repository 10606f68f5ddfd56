import 'server-only';
import { SUPPORT_REQUEST_EDITABLE, SUPPORT_REQUEST_LIFECYCLE } from '@/lib/domain/lifecycle/beneficiary';
import { DOCUMENT_REVIEW_LIFECYCLE } from '@/lib/domain/lifecycle/document';
import type { Actor } from '@/lib/domain/roles';
import { supportRequestScope } from '@/lib/domain/scope';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError } from '../errors';
import { transition } from '../lifecycle/transition';

/**
 * The facility takes a wrong attachment off its draft request: the row and the file stay (WITHDRAWN,
 * out of the serving path, listed as withdrawn), nothing is deleted. Another facility's attachment
 * is not found.
 */
export async function detachSupportRequestDocument(actor: Actor, documentId: number): Promise<void> {
  assertCan(actor, 'support-request:apply');
  await db.$transaction(async (tx) => {
    const document = await tx.document.findFirst({
      where: { id: documentId, supportRequest: supportRequestScope(actor) },
      include: { supportRequest: { select: { id: true, status: true, title: true } } },
    });
    if (!document?.supportRequest) throw new AppError('NOT_FOUND', 'Không tìm thấy tệp đính kèm.');
    await tx.$queryRaw`SELECT "id" FROM "SupportRequest" WHERE "id" = ${document.supportRequest.id} FOR UPDATE`;
    const request = await tx.supportRequest.findUniqueOrThrow({ where: { id: document.supportRequest.id }, select: { status: true, title: true } });
    if (!SUPPORT_REQUEST_EDITABLE.includes(request.status)) {
      throw new AppError('ILLEGAL_TRANSITION', `Đề nghị "${request.title}" đang ở trạng thái "${SUPPORT_REQUEST_LIFECYCLE.statusLabels[request.status]}": không rút tệp đính kèm được nữa.`);
    }
    await transition(tx, actor, DOCUMENT_REVIEW_LIFECYCLE, { id: document.id, status: document.review, provinceId: document.provinceId }, 'detach', {
      data: { supportRequestId: document.supportRequest.id, fileName: document.fileName, sha256: document.sha256 },
    });
  });
}
