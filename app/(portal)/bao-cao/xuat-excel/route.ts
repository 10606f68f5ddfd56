import { reportQuerySchema } from '@/lib/schemas/report';
import { findActor } from '@/lib/server/auth';
import { exportReport, isReportLayout } from '@/lib/server/reports/export-report';
import { xlsxResponse } from '@/lib/server/reports/xlsx-response';

/** GET /bao-cao/xuat-excel?mau=danh-sach|noi-dung|ke-hoach|tinh&… — one official table with the report's filters. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const actor = await findActor();
  if (!actor) return Response.redirect(new URL(`/dang-nhap?callbackUrl=${encodeURIComponent('/bao-cao')}`, request.url), 303);
  const layout = url.searchParams.get('mau');
  if (!isReportLayout(layout)) return new Response('Mẫu báo cáo không hợp lệ.', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const query = reportQuerySchema.parse(Object.fromEntries(url.searchParams.entries()));
  return xlsxResponse(() => exportReport(actor, query, layout));
}
