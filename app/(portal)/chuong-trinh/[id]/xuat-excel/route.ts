import { findActor } from '@/lib/server/auth';
import { AppError } from '@/lib/server/errors';
import { XLSX_MIME } from '@/lib/server/programmes/appendix-excel-layout';
import { exportProgrammeAppendix } from '@/lib/server/programmes/export-programme-appendix';

/** GET /chuong-trinh/:id/xuat-excel — the appendix as .xlsx, for whoever may read the programme. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await findActor();
  if (!actor) {
    const signIn = new URL('/dang-nhap', request.url);
    signIn.searchParams.set('callbackUrl', `/chuong-trinh/${id}`);
    return Response.redirect(signIn, 303);
  }
  const programmeId = Number(id);
  if (!Number.isInteger(programmeId) || programmeId <= 0) return new Response('Không tìm thấy chương trình.', { status: 404 });
  try {
    const { fileName, bytes } = await exportProgrammeAppendix(actor, programmeId);
    return new Response(new Uint8Array(bytes), {
      headers: {
        'Content-Type': XLSX_MIME,
        'Content-Disposition': `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        'Content-Length': String(bytes.length),
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (error instanceof AppError && (error.code === 'FORBIDDEN' || error.code === 'NOT_FOUND')) {
      return new Response(error.message, { status: error.code === 'FORBIDDEN' ? 403 : 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    }
    throw error;
  }
}
