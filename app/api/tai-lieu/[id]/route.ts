import { findActor } from '@/lib/server/auth';
import { getDocumentForDownload } from '@/lib/server/documents/get-document-for-download';
import { isDenial, recordDenied } from '@/lib/server/audit-denied';
import { AppError } from '@/lib/server/errors';

/** Tải tài liệu: authorised through the scope of the record the file belongs to. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await findActor();
  if (!actor) return new Response('Phiên đăng nhập đã hết hạn.', { status: 401 });
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) return new Response('Không tìm thấy tài liệu.', { status: 404 });
  try {
    const { document, bytes } = await getDocumentForDownload(actor, id);
    return new Response(new Uint8Array(bytes), {
      headers: {
        'Content-Type': document.mimeType,
        'Content-Length': String(bytes.length),
        'Content-Disposition': `attachment; filename="${document.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (isDenial(error)) await recordDenied(actor, `download:${id}`, error);
    if (error instanceof AppError && (error.code === 'FORBIDDEN' || error.code === 'NOT_FOUND')) {
      return new Response(error.message, { status: error.code === 'FORBIDDEN' ? 403 : 404 });
    }
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return new Response('Không tìm thấy tệp.', { status: 404 });
    throw error;
  }
}
