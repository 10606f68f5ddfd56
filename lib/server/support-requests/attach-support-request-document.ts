import 'server-only';
import { DOCUMENT_KIND_LABELS, isSupportRequestAttachmentKind, SUPPORT_REQUEST_ATTACHMENT_KINDS, SUPPORT_REQUEST_MAX_ATTACHMENTS } from '@/lib/domain/documents';
import { SUPPORT_REQUEST_EDITABLE, SUPPORT_REQUEST_LIFECYCLE } from '@/lib/domain/lifecycle/beneficiary';
import { DOCUMENT_SERVED_STATES } from '@/lib/domain/lifecycle/document';
import type { Actor } from '@/lib/domain/roles';
import type { SupportRequestAttachmentInput } from '@/lib/schemas/beneficiary';
import { auditSubject, recordAudit } from '../audit';
import { assertCan } from '../authz';
import { db, type Tx } from '../db';
import { AppError } from '../errors';
import { withStoredUpload } from '../storage';
import { getApplyingFacilityOrThrow, getSupportRequestInScopeOrThrow } from './support-request-access';

/** The request, through the facility's scope, still a draft and with room for one more file. */
async function assertMayAttach(client: Tx | typeof db, actor: Actor, requestId: number) {
  const request = await getSupportRequestInScopeOrThrow(actor, requestId, client);
  if (!SUPPORT_REQUEST_EDITABLE.includes(request.status)) {
    throw new AppError('ILLEGAL_TRANSITION', `Đề nghị "${request.title}" đang ở trạng thái "${SUPPORT_REQUEST_LIFECYCLE.statusLabels[request.status]}": không bổ sung tệp đính kèm được nữa.`);
  }
  const attached = await client.document.count({ where: { supportRequestId: request.id, review: { in: [...DOCUMENT_SERVED_STATES] } } });
  if (attached >= SUPPORT_REQUEST_MAX_ATTACHMENTS) {
    throw new AppError('LIMIT_EXCEEDED', `Mỗi đề nghị đính kèm tối đa ${SUPPORT_REQUEST_MAX_ATTACHMENTS} tệp: rút bớt tệp không cần rồi tải lên lại.`, { file: `Tối đa ${SUPPORT_REQUEST_MAX_ATTACHMENTS} tệp` });
  }
  return request;
}

/**
 * A facility attaches a file (quotation, photos of its workshop, papers) to its own draft request,
 * through the same store and checks as every upload (storeUpload: size, content type, HEIC → JPEG
 * preview). Checked before the file is written, and again, with the request locked so a "send" in
 * between waits, in the transaction that writes the Document row; a failed write removes the file.
 */
export async function attachSupportRequestDocument(actor: Actor, input: SupportRequestAttachmentInput): Promise<{ id: number }> {
  assertCan(actor, 'support-request:apply');
  const kind = input.kind;
  if (!isSupportRequestAttachmentKind(kind)) {
    throw new AppError('VALIDATION', `Loại tệp đính kèm không hợp lệ: chọn ${SUPPORT_REQUEST_ATTACHMENT_KINDS.map((k) => DOCUMENT_KIND_LABELS[k]).join('; ')}.`, { kind: 'Chọn loại tệp đính kèm' });
  }
  await getApplyingFacilityOrThrow(actor);
  await assertMayAttach(db, actor, input.supportRequestId);
  return withStoredUpload(input.file, actor.id, (stored) =>
    db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT "id" FROM "SupportRequest" WHERE "id" = ${input.supportRequestId} FOR UPDATE`;
      const request = await assertMayAttach(tx, actor, input.supportRequestId);
      const document = await tx.document.create({
        data: {
          provinceId: request.provinceId,
          kind,
          title: DOCUMENT_KIND_LABELS[kind],
          ...stored,
          supportRequestId: request.id,
          uploadedById: actor.id,
        },
        select: { id: true },
      });
      await recordAudit(tx, actor, {
        ...auditSubject('SupportRequest', request),
        event: 'attachDocument',
        data: { documentId: document.id, kind, fileName: stored.fileName, sha256: stored.sha256 },
      });
      return document;
    }),
  );
}
