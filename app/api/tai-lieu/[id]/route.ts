import { documentDownloadQuerySchema } from '@/lib/schemas/query';
import { getDocumentForDownload } from '@/lib/server/documents/get-document-for-download';
import { idFrom, queryFrom, route, signInRedirectForBrowser } from '@/lib/server/route';

/** Images shown in the page (photos of the installed machine); everything else is downloaded. */
const INLINE = new Set(['image/jpeg', 'image/png']);

/**
 * Tải tài liệu: authorised through the scope of the record the file belongs to, streamed from the
 * file store (local folder or S3-compatible bucket). `?xem=1` shows a photo (a HEIC one as JPEG).
 */
export const GET = route<{ id: string }>(async ({ actor, params, request }) => {
  const { xem } = queryFrom(request, documentDownloadQuerySchema);
  const { document, mimeType, preview, stream, sizeBytes } = await getDocumentForDownload(actor, idFrom(params.id, 'tài liệu'), { preview: xem === '1' });
  const inline = xem === '1' && INLINE.has(mimeType);
  const name = preview ? document.fileName.replace(/\.(heic|heif)$/i, '') + '.jpg' : document.fileName;
  return new Response(stream, {
    headers: {
      'Content-Type': mimeType,
      'Content-Length': String(sizeBytes),
      'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename="${name.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  });
}, {
  // A link opened without a session (an email, a bookmark) signs in first and comes back to the file.
  onUnauthenticated: (request, params) => signInRedirectForBrowser(request, `/api/tai-lieu/${encodeURIComponent(params.id)}${new URL(request.url).search}`),
});
