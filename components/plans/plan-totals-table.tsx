import { Table, Td, Th } from '@/components/ui/table';
import { FUNDING_LEVEL_SHORT } from '@/lib/domain/labels';
import { formatVndPlain } from '@/lib/domain/money';
import type { GroupTotals, MoneyTotals, SourceTotals } from '@/lib/domain/plan-totals';

/** Totals of one source by content group or by area, from computePlanTotals (the exports print the same). */
export function PlanTotalsTable({ totals, by, showApproved }: { totals: SourceTotals; by: 'group' | 'area'; showApproved: boolean }) {
  const rows: GroupTotals[] = by === 'group' ? totals.byGroup : totals.byArea;
  const caption = `${FUNDING_LEVEL_SHORT[totals.source]} theo ${by === 'group' ? 'nhóm nội dung' : 'khu vực'}`;
  const cells = (t: MoneyTotals) => (
    <>
      <Td numeric>{t.items}</Td>
      <Td numeric>{t.facilities}</Td>
      <Td numeric>{formatVndPlain(t.totalCostVnd)}</Td>
      <Td numeric>{formatVndPlain(t.requestedSupportVnd)}</Td>
      <Td numeric>{formatVndPlain(t.counterpartVnd)}</Td>
      <Td numeric>{formatVndPlain(t.otherFundingVnd)}</Td>
      {showApproved && <Td numeric>{t.awaitingApproval === t.items ? '—' : formatVndPlain(t.approvedSupportVnd)}</Td>}
    </>
  );
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{by === 'group' ? 'Nhóm nội dung' : 'Khu vực'}</Th>
          <Th numeric>Đề án</Th>
          <Th numeric>Cơ sở</Th>
          <Th numeric>Tổng kinh phí</Th>
          <Th numeric>Đề nghị hỗ trợ</Th>
          <Th numeric>Đối ứng</Th>
          <Th numeric>Nguồn khác</Th>
          {showApproved && <Th numeric>Được duyệt</Th>}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.key}>
            <Td className="min-w-64">{row.label}</Td>
            {cells(row)}
          </tr>
        ))}
        <tr className="bg-slate-50 font-semibold">
          <Td>Tổng cộng</Td>
          {cells(totals.totals)}
        </tr>
      </tbody>
    </Table>
  );
}
