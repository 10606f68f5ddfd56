import Link from 'next/link';
import { Table, Td, Th } from '@/components/ui/table';
import { formatVndPlain } from '@/lib/domain/money';
import { formatLeverage, formatPercent } from '@/lib/domain/reports';
import { historyLink, narrowQuery, projectsLink } from '@/lib/domain/reports-links';
import type { ReportQuery } from '@/lib/schemas/report';
import type { SummaryRow } from '@/lib/server/reports/find-summary-report';

/** One breakdown of the summary report. Every count links to the records behind it. */
export function SummaryTable({ caption, firstColumn, rows, query }: { caption: string; firstColumn: string; rows: SummaryRow[]; query: ReportQuery }) {
  return (
    <Table caption={caption}>
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
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => {
          const narrowed = narrowQuery(query, row.dimension, row.key);
          return (
            <tr key={`${row.dimension}-${row.key ?? 'none'}`} className={row.dimension === 'total' ? 'bg-slate-50 font-semibold' : undefined}>
              <Td className="min-w-48">{row.label}</Td>
              <Td numeric>
                {narrowed ? (
                  <Link href={projectsLink(narrowed)} className="text-brand-700 hover:underline" aria-label={`${row.projects} đề án — ${row.label}: xem danh sách`}>
                    {row.projects.toString()}
                  </Link>
                ) : (
                  row.projects.toString()
                )}
                {narrowed && row.historyRows > 0n && (
                  <Link href={historyLink(narrowed)} className="block text-xs text-slate-600 hover:underline">
                    gồm {row.historyRows.toString()} dòng lịch sử
                  </Link>
                )}
              </Td>
              <Td numeric>{row.facilities.toString()}</Td>
              <Td numeric>{formatVndPlain(row.totalCostVnd)}</Td>
              <Td numeric>{formatVndPlain(row.kcqgVnd)}</Td>
              <Td numeric>{formatVndPlain(row.kcdpVnd)}</Td>
              <Td numeric>{formatVndPlain(row.counterpartVnd)}</Td>
              <Td numeric>{formatVndPlain(row.otherFundingVnd)}</Td>
              <Td numeric>{formatLeverage(row.leverage)}</Td>
              <Td numeric>{formatVndPlain(row.approvedVnd)}</Td>
              <Td numeric>{formatVndPlain(row.paidVnd)}</Td>
              <Td numeric>{formatPercent(row.paidPercent)}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
