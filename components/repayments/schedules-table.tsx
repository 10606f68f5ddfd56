import Link from 'next/link';
import { Table, Td, Th } from '@/components/ui/table';
import { formatDate } from '@/lib/domain/format';
import { formatVnd } from '@/lib/domain/money';
import type { DebtorRow } from '@/lib/server/repayments/find-debtors';
import { ScheduleStateBadge } from './schedule-state-badge';

/** One row per facility that owes: balance, next due instalment and state on today's date. */
export function SchedulesTable({ rows }: { rows: DebtorRow[] }) {
  return (
    <Table caption="Cơ sở phải hoàn trả">
      <thead>
        <tr>
          <Th>Cơ sở</Th>
          <Th>Đề án</Th>
          <Th numeric>Phải hoàn trả</Th>
          <Th numeric>Đã hoàn trả</Th>
          <Th numeric>Dư nợ</Th>
          <Th>Kỳ tới</Th>
          <Th>Tình trạng</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={r.id}>
            <Td>{r.facility.name}</Td>
            <Td>
              <Link href={`/de-an/${r.project.id}/thu-hoi`} className="font-medium text-brand-700 hover:underline">
                {r.project.code}
              </Link>
            </Td>
            <Td numeric>{formatVnd(r.summary.principalVnd)}</Td>
            <Td numeric>{formatVnd(r.summary.repaidVnd)}</Td>
            <Td numeric>{formatVnd(r.summary.outstandingVnd)}</Td>
            <Td>{r.summary.nextDue ? `${formatDate(r.summary.nextDue.dueOn)} · ${formatVnd(r.summary.nextDue.amountVnd - r.summary.nextDue.paidVnd)}` : '—'}</Td>
            <Td>
              <ScheduleStateBadge state={r.summary.state} daysLate={r.summary.daysLate} />
              {r.courtFileRef && <div className="mt-1 text-xs text-slate-600">Hồ sơ toà án: {r.courtFileRef}</div>}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
