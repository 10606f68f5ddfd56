import { exportHistoryTemplate } from '@/lib/server/history/export-history-template';
import { route, signInRedirectForBrowser, xlsxFile } from '@/lib/server/route';

/** GET /bao-cao/nhap-lich-su/mau — the empty history template. */
export const GET = route(
  async ({ actor }) => {
    const { fileName, bytes } = await exportHistoryTemplate(actor);
    return xlsxFile(bytes, fileName);
  },
  { onUnauthenticated: (request) => signInRedirectForBrowser(request, '/bao-cao/nhap-lich-su') },
);
