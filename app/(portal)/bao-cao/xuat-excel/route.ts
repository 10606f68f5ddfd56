import { reportQuerySchema } from '@/lib/schemas/report';
import { AppError } from '@/lib/server/errors';
import { exportReport, isReportLayout } from '@/lib/server/reports/export-report';
import { queryFrom, route, signInRedirectForBrowser, xlsxFile } from '@/lib/server/route';

/** GET /bao-cao/xuat-excel?mau=danh-sach|noi-dung|ke-hoach|tinh&… — one official table with the report's filters. */
export const GET = route(
  async ({ actor, request }) => {
    const layout = new URL(request.url).searchParams.get('mau');
    if (!isReportLayout(layout)) throw new AppError('VALIDATION', 'Mẫu báo cáo không hợp lệ.');
    const { fileName, bytes } = await exportReport(actor, queryFrom(request, reportQuerySchema), layout);
    return xlsxFile(bytes, fileName);
  },
  { onUnauthenticated: (request) => signInRedirectForBrowser(request, '/bao-cao') },
);
