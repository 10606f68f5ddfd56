import Link from 'next/link';
import { EmptyState } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { formatVndPlain } from '@/lib/domain/money';
import type { ConsolidatedRow } from '@/lib/server/plans/find-consolidated-items';

/** The proposals of one source in the city plan, as the exports list them. */
export function ConsolidatedItemsTable({ year, rows, caption, showApproved }: { year: number; rows: ConsolidatedRow[]; caption: string; showApproved: boolean }) {
  if (rows.length === 0) return <EmptyState>Chưa có đề án nào.</EmptyState>;
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>Đề án</Th>
          <Th>Nội dung</Th>
          <Th>Đơn vị đề xuất</Th>
          <Th>Địa điểm</Th>
          <Th numeric>Tổng kinh phí</Th>
          <Th numeric>Đề nghị hỗ trợ</Th>
          <Th numeric>Đối ứng</Th>
          {showApproved && <Th numeric>Được duyệt</Th>}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.id}>
            <Td className="min-w-56">
              <Link href={`/ke-hoach/${year}/don-vi/${row.annualPlan.id}`} className="font-medium text-brand-700 hover:underline">
                {row.name}
              </Link>
              <span className="block text-xs text-slate-500">{row.beneficiaries.map((b) => b.facility.name).join('; ')}</span>
            </Td>
            <Td>{row.contentCategory.code}</Td>
            <Td className="min-w-40">{row.annualPlan.organization.name}</Td>
            <Td className="min-w-40">
              {row.placeLabel}
              {row.area && <span className="block text-xs text-slate-500">{row.area}</span>}
            </Td>
            <Td numeric>{formatVndPlain(row.totalCostVnd)}</Td>
            <Td numeric>{formatVndPlain(row.requestedSupportVnd)}</Td>
            <Td numeric>{formatVndPlain(row.counterpartVnd)}</Td>
            {showApproved && <Td numeric>{row.approvedSupportVnd === null ? '—' : formatVndPlain(row.approvedSupportVnd)}</Td>}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
