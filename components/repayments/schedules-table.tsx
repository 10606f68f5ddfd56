import { DataTable, RowLink } from '@/components/ui/table';
import { formatDate } from '@/lib/domain/format';
import { formatVnd } from '@/lib/domain/money';
import type { DebtorRow } from '@/lib/server/repayments/find-debtors';
import { ScheduleStateBadge } from './schedule-state-badge';

/** One row per facility that owes: balance, next due instalment and state on today's date. */
export function SchedulesTable({ rows }: { rows: DebtorRow[] }) {
  return (
    <DataTable
      caption="Cơ sở phải hoàn trả"
      rows={rows}
      columns={[
        { header: 'Cơ sở', cell: (r) => r.facility.name },
        { header: 'Đề án', cell: (r) => <RowLink href={`/de-an/${r.project.id}/thu-hoi`}>{r.project.code}</RowLink> },
        { header: 'Phải hoàn trả', cell: (r) => formatVnd(r.summary.principalVnd), numeric: true },
        { header: 'Đã hoàn trả', cell: (r) => formatVnd(r.summary.repaidVnd), numeric: true },
        { header: 'Dư nợ', cell: (r) => formatVnd(r.summary.outstandingVnd), numeric: true },
        { header: 'Kỳ tới', cell: (r) => (r.summary.nextDue ? `${formatDate(r.summary.nextDue.dueOn)} · ${formatVnd(r.summary.nextDue.amountVnd - r.summary.nextDue.paidVnd)}` : '—') },
        {
          header: 'Tình trạng',
          cell: (r) => (
            <>
              <ScheduleStateBadge state={r.summary.state} daysLate={r.summary.daysLate} />
              {r.courtFileRef && <div className="mt-1 text-xs text-slate-600">Hồ sơ toà án: {r.courtFileRef}</div>}
            </>
          ),
        },
      ]}
    />
  );
}
