import { DataTable, RowLink } from '@/components/ui/table';
import { formatVndPlain } from '@/lib/domain/money';
import type { ConsolidatedRow } from '@/lib/server/plans/find-consolidated-items';

/** The proposals of one source in the city plan, as the exports list them. */
export function ConsolidatedItemsTable({ year, rows, caption, showApproved }: { year: number; rows: ConsolidatedRow[]; caption: string; showApproved: boolean }) {
  return (
    <DataTable
      caption={caption}
      rows={rows}
      empty="Chưa có đề án nào."
      columns={[
        {
          header: 'Đề án',
          cell: (row) => (
            <>
              <RowLink href={`/ke-hoach/${year}/don-vi/${row.annualPlan.id}`}>{row.name}</RowLink>
              <span className="block text-xs text-slate-500">{row.beneficiaries.map((b) => b.facility.name).join('; ')}</span>
            </>
          ),
          className: 'min-w-56',
        },
        { header: 'Nội dung', cell: (row) => row.contentCategory.code },
        { header: 'Đơn vị đề xuất', cell: (row) => row.annualPlan.organization.name, className: 'min-w-40' },
        {
          header: 'Địa điểm',
          cell: (row) => (
            <>
              {row.placeLabel}
              {row.area && <span className="block text-xs text-slate-500">{row.area}</span>}
            </>
          ),
          className: 'min-w-40',
        },
        { header: 'Tổng kinh phí', cell: (row) => formatVndPlain(row.totalCostVnd), numeric: true },
        { header: 'Đề nghị hỗ trợ', cell: (row) => formatVndPlain(row.requestedSupportVnd), numeric: true },
        { header: 'Đối ứng', cell: (row) => formatVndPlain(row.counterpartVnd), numeric: true },
        ...(showApproved ? [{ header: 'Được duyệt', cell: (row: ConsolidatedRow) => (row.approvedSupportVnd === null ? '—' : formatVndPlain(row.approvedSupportVnd)), numeric: true }] : []),
      ]}
    />
  );
}
