import { exportProgrammeAppendix } from '@/lib/server/programmes/export-programme-appendix';
import { idFrom, route, signInRedirectForBrowser, xlsxFile } from '@/lib/server/route';

/** GET /chuong-trinh/:id/xuat-excel — the appendix as .xlsx, for whoever may read the programme. */
export const GET = route<{ id: string }>(
  async ({ actor, params }) => {
    const { fileName, bytes } = await exportProgrammeAppendix(actor, idFrom(params.id, 'chương trình'));
    return xlsxFile(bytes, fileName);
  },
  {
    // A download link followed without a session goes to the sign-in page and back to the programme.
    onUnauthenticated: (request, params) => signInRedirectForBrowser(request, `/chuong-trinh/${encodeURIComponent(params.id)}`),
  },
);
