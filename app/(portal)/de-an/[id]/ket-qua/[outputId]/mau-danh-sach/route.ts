import { exportParticipantTemplate } from '@/lib/server/outputs/participant-template';
import { XLSX_MIME } from '@/lib/server/programmes/appendix-excel-layout';
import { idFrom, route } from '@/lib/server/route';

/** GET /de-an/:id/ket-qua/:outputId/mau-danh-sach — the empty participant list of a class (.xlsx). */
export const GET = route<{ id: string; outputId: string }>(
  async ({ actor, params }) => {
    const { fileName, bytes } = await exportParticipantTemplate(actor, idFrom(params.outputId, 'lớp học'));
    return new Response(new Uint8Array(bytes), {
      headers: {
        'Content-Type': XLSX_MIME,
        'Content-Disposition': `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        'Content-Length': String(bytes.length),
        'Cache-Control': 'private, no-store',
      },
    });
  },
  {
    onUnauthenticated: (request, params) => {
      const signIn = new URL('/dang-nhap', request.url);
      signIn.searchParams.set('callbackUrl', `/de-an/${encodeURIComponent(params.id)}`);
      return Response.redirect(signIn, 303);
    },
  },
);
