import { documentUploadSchema } from '@/lib/schemas/project';
import { uploadProjectDocument } from '@/lib/server/documents/upload-project-document';
import { uploadRequestTooLarge } from '@/lib/server/storage';
import { route, textResponse } from '@/lib/server/route';

/**
 * Tải lên một tài liệu (multipart: projectId, acceptanceId?, replacesId?, kind, title?, file). The
 * acceptance-dossier page sends it with XMLHttpRequest to show a progress bar. Above the limit the
 * answer is 413 with the limit in words — before the body is read when the request says its length
 * (also proxy.ts), and after reading a file that is larger anyway.
 */
export const POST = route(async ({ actor, request }) => {
  const early = uploadRequestTooLarge(Number(request.headers.get('content-length') ?? 0));
  if (early) return textResponse(early, 413);
  const input = documentUploadSchema.parse(await request.formData());
  const late = uploadRequestTooLarge(input.file.size, 'file');
  if (late) return textResponse(late, 413);
  const { id } = await uploadProjectDocument(actor, input);
  return Response.json({ id }, { status: 201, headers: { 'Cache-Control': 'private, no-store' } });
});
