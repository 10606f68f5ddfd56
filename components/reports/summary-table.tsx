import { Table, Th } from '@/components/ui/table';
import { summaryRowsHtml } from './summary-rows-html';
import type { ReportQuery } from '@/lib/schemas/report';
import type { SummaryRow } from '@/lib/server/reports/find-summary-report';

/**
 * One breakdown of the summary report. Every count links to the records behind it — plain links in
 * rows of HTML built once (summary-rows-html.ts): a report has hundreds, and a link component each
 * would be hundreds of client components to render and hydrate.
 */
export function SummaryTable({ caption, firstColumn, rows, query }: { caption: string; firstColumn: string; rows: SummaryRow[]; query: ReportQuery }) {
  return (
    <Table caption={caption} figures>
      <thead>
        <tr>
          <Th>{firstColumn}</Th>
          <Th numeric>Số đề án</Th>
          <Th numeric>Số cơ sở</Th>
          <Th numeric>Tổng kinh phí (đồng)</Th>
          <Th numeric>KCQG (đồng)</Th>
          <Th numeric>KCĐP (đồng)</Th>
          <Th numeric>Đối ứng (đồng)</Th>
          <Th numeric>Nguồn khác (đồng)</Th>
          <Th numeric>Hệ số huy động</Th>
          <Th numeric>Đã duyệt (đồng)</Th>
          <Th numeric>Đã giải ngân (đồng)</Th>
          <Th numeric>Giải ngân</Th>
        </tr>
      </thead>
      {/* The rows as escaped HTML text (summary-rows-html.ts): a report has ~2 000 cells. */}
      <tbody className="divide-y divide-slate-100" dangerouslySetInnerHTML={{ __html: summaryRowsHtml(rows, query) }} />
    </Table>
  );
}
