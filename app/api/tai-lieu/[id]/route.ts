import { getDocumentForDownload } from '@/lib/server/documents/get-document-for-download';
import { fileResponse, idFrom, route, signInRedirectForBrowser } from '@/lib/server/route';

/** Tải tài liệu: authorised through the scope of the record the file belongs to. */
export const GET = route<{ id: string }>(async ({ actor, params }) => {
  const { document, bytes } = await getDocumentForDownload(actor, idFrom(params.id, 'tài liệu'));
  return fileResponse(bytes, { fileName: document.fileName, mimeType: document.mimeType });
}, {
  // A link opened without a session (an email, a bookmark) signs in first and comes back to the file.
  onUnauthenticated: (request, params) => signInRedirectForBrowser(request, `/api/tai-lieu/${encodeURIComponent(params.id)}`),
});
