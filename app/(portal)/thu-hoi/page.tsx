import type { Metadata } from 'next';
import { SchedulesTable } from '@/components/repayments/schedules-table';
import { EmptyState, FigureCards, PageHeader } from '@/components/ui/card';
import { formatNumber } from '@/lib/domain/format';
import { formatVnd } from '@/lib/domain/money';
import { requirePermission } from '@/lib/server/auth';
import { findDebtors } from '@/lib/server/repayments/find-debtors';

export const metadata: Metadata = { title: 'Theo dõi thu hồi' };

/** Hỗ trợ có thu hồi: who owes what, who is late (days on today's date), who is in court. */
export default async function DebtorsPage() {
  const actor = await requirePermission('project:read', '/thu-hoi');
  const { rows, outstandingVnd, shareOnTime, late, litigation } = await findDebtors(actor);
  return (
    <>
      <PageHeader title="Theo dõi thu hồi hỗ trợ" description="Lịch hoàn trả của các cơ sở nhận hỗ trợ có thu hồi, tính đến hôm nay." />
      <FigureCards
        label="Tổng hợp thu hồi"
        columns={4}
        figures={[
          ['Cơ sở phải hoàn trả', formatNumber(rows.length)],
          ['Dư nợ', formatVnd(outstandingVnd)],
          ['Tỷ lệ hoàn trả đúng hạn', shareOnTime === null ? '—' : `${formatNumber(shareOnTime)} %`],
          ['Quá hạn / khởi kiện', `${late} / ${litigation}`],
        ]}
      />
      <p className="mb-3 text-xs text-slate-500">Đúng hạn: mọi kỳ đã đến hạn được trả đủ chậm nhất vào ngày đến hạn. Tỷ lệ làm tròn một chữ số thập phân (từ 5 làm tròn lên).</p>
      {rows.length === 0 ? <EmptyState>Chưa có lịch hoàn trả nào.</EmptyState> : <SchedulesTable rows={rows} />}
    </>
  );
}
