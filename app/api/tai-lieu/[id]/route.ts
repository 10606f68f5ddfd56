import { getDocumentForDownload } from '@/lib/server/documents/get-document-for-download';
import { idFrom, route, signInRedirectForBrowser } from '@/lib/server/route';

/** Tải tài liệu: authorised through the scope of the record the file belongs to. */
export const GET = route<{ id: string }>(async ({ actor, params }) => {
  const { document, bytes } = await getDocumentForDownload(actor, idFrom(params.id, 'tài liệu'));
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': document.mimeType,
      'Content-Length': String(bytes.length),
      'Content-Disposition': `attachment; filename="${document.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  });
}, {
  // A link opened without a session (an email, a bookmark) signs in first and comes back to the file.
  onUnauthenticated: (request, params) => signInRedirectForBrowser(request, `/api/tai-lieu/${encodeURIComponent(params.id)}`),
});
