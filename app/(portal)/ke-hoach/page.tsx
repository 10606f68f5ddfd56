import type { Metadata } from 'next';
import { OpenRoundForm } from '@/components/plans/open-round-form';
import { RoundStatusBadge } from '@/components/plans/plan-status-badge';
import { Card, PageHeader } from '@/components/ui/card';
import { DataTable, RowLink } from '@/components/ui/table';
import { decisionRef, formatDate } from '@/lib/domain/format';
import { can } from '@/lib/domain/permissions';
import { requirePermission } from '@/lib/server/auth';
import { findRounds } from '@/lib/server/plans/find-rounds';
import { openRoundAction } from './actions';
import { now as clockNow } from '@/lib/server/clock';
import { yearInVietnam } from '@/lib/domain/plan-deadline';

export const metadata = { title: 'Kế hoạch khuyến công năm' } satisfies Metadata;

export default async function PlanRoundsPage() {
  const actor = await requirePermission('plan:read', '/ke-hoach');
  const rounds = await findRounds(actor);
  const nextYear = Math.max(yearInVietnam(clockNow()) + 1, ...rounds.map((r) => r.year + 1));
  return (
    <>
      <PageHeader
        title={metadata.title}
        description="Mỗi năm Sở Công Thương mở đăng ký; xã, Trung tâm Khuyến công và tổ chức dịch vụ gửi kế hoạch; Sở tổng hợp, Sở Tài chính thẩm định kinh phí, UBND thành phố phê duyệt."
      />
      <div className="space-y-6">
        <DataTable
          caption="Các đợt đăng ký kế hoạch"
          rows={rounds}
          empty="Chưa có đợt đăng ký kế hoạch nào."
          columns={[
            { header: 'Đợt đăng ký', cell: (round) => <RowLink href={`/ke-hoach/${round.year}`}>{round.title}</RowLink>, className: 'min-w-56' },
            { header: 'Năm', cell: (round) => round.year },
            { header: 'Hạn gửi', cell: (round) => formatDate(round.registrationDeadline) },
            { header: 'Trạng thái', cell: (round) => <RoundStatusBadge status={round.status} /> },
            { header: 'Kế hoạch đã gửi', cell: (round) => <>{round.plansSent}/{round.plansTotal}</>, numeric: true },
            { header: 'Quyết định phê duyệt', cell: (round) => (decisionRef(round.decision) ?? '—') },
          ]}
        />
        {can(actor, 'plan:open-round') && (
          <Card title="Mở đợt đăng ký kế hoạch năm mới">
            <OpenRoundForm defaultYear={nextYear} open={openRoundAction} />
          </Card>
        )}
      </div>
    </>
  );
}
