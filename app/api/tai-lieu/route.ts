import { supportRequestAttachmentSchema } from '@/lib/schemas/beneficiary';
import { documentUploadSchema } from '@/lib/schemas/project';
import { uploadProjectDocument } from '@/lib/server/documents/upload-project-document';
import { uploadRequestTooLarge } from '@/lib/server/storage';
import { route, textResponse } from '@/lib/server/route';
import { attachSupportRequestDocument } from '@/lib/server/support-requests/attach-support-request-document';

/**
 * Tải lên một tài liệu (multipart): of a đề án (projectId, acceptanceId?, replacesId?, kind, title?,
 * file), or an attachment of a facility's support request (supportRequestId, kind, file). The
 * acceptance-dossier and support-request pages send it with XMLHttpRequest to show a progress bar.
 * Above the limit the answer is 413 with the limit in words — before the body is read when the
 * request says its length (also proxy.ts), and after reading a file that is larger anyway.
 */
export const POST = route(async ({ actor, request }) => {
  const early = uploadRequestTooLarge(Number(request.headers.get('content-length') ?? 0));
  if (early) return textResponse(early, 413);
  const form = await request.formData();
  const file = form.get('file');
  const late = file instanceof File ? uploadRequestTooLarge(file.size, 'file') : null;
  if (late) return textResponse(late, 413);
  const { id } = form.has('supportRequestId')
    ? await attachSupportRequestDocument(actor, supportRequestAttachmentSchema.parse(form))
    : await uploadProjectDocument(actor, documentUploadSchema.parse(form));
  return Response.json({ id }, { status: 201, headers: { 'Cache-Control': 'private, no-store' } });
});
