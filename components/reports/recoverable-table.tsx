import { Table, Td, Th } from '@/components/ui/table';
import { REPAYMENT_LIFECYCLE } from '@/lib/domain/lifecycle/repayment';
import { formatVndPlain } from '@/lib/domain/money';
import type { RecoverableRow } from '@/lib/server/reports/find-recoverable-summary';

/** Hỗ trợ có thu hồi: facilities by repayment standing. */
export function RecoverableTable({ rows }: { rows: RecoverableRow[] }) {
  return (
    <Table caption="Hỗ trợ có thu hồi">
      <thead>
        <tr>
          <Th>Tình trạng thu hồi</Th>
          <Th numeric>Số cơ sở</Th>
          <Th numeric>Số tiền hỗ trợ có thu hồi (đồng)</Th>
          <Th numeric>Đã thu hồi (đồng)</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={r.status}>
            <Td>{REPAYMENT_LIFECYCLE.statusLabels[r.status]}</Td>
            <Td numeric>{r.facilities.toString()}</Td>
            <Td numeric>{formatVndPlain(r.principalVnd)}</Td>
            <Td numeric>{formatVndPlain(r.repaidVnd)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
