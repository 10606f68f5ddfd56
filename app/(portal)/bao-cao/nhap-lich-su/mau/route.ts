import { findActor } from '@/lib/server/auth';
import { exportHistoryTemplate } from '@/lib/server/history/export-history-template';
import { xlsxResponse } from '@/lib/server/reports/xlsx-response';

/** GET /bao-cao/nhap-lich-su/mau — the empty history template. */
export async function GET(request: Request) {
  const actor = await findActor();
  if (!actor) return Response.redirect(new URL('/dang-nhap?callbackUrl=/bao-cao/nhap-lich-su', request.url), 303);
  return xlsxResponse(() => exportHistoryTemplate(actor));
}
