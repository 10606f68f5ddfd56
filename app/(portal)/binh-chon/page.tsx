import type { Metadata } from 'next';
import { StatusBadge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { DataTable, RowLink } from '@/components/ui/table';
import { CONTEST_LEVEL_LABELS } from '@/lib/domain/contest';
import { formatDate } from '@/lib/domain/format';
import { adminUnitName } from '@/lib/domain/labels';
import { CONTEST_ROUND_LIFECYCLE } from '@/lib/domain/lifecycle/contest';
import { can } from '@/lib/domain/permissions';
import { requirePermission } from '@/lib/server/auth';
import { forPage } from '@/lib/server/authz';
import { findContestRounds } from '@/lib/server/contests/find-contest-rounds';

export const metadata = { title: 'Bình chọn sản phẩm CNNT tiêu biểu' } satisfies Metadata;

export default async function ContestRoundsPage() {
  const actor = await requirePermission('contest:read', '/binh-chon');
  const rounds = await forPage(findContestRounds(actor));
  return (
    <>
      <PageHeader
        title={metadata.title}
        description="Các cuộc bình chọn cấp xã, thành phố, khu vực, quốc gia: sản phẩm dự thi, hội đồng chấm điểm, kết quả và giấy chứng nhận."
        actions={can(actor, 'contest:manage') ? <ButtonLink href="/binh-chon/moi" variant="primary">Mở cuộc bình chọn</ButtonLink> : undefined}
      />
      <DataTable
        caption="Danh sách cuộc bình chọn"
        rows={rounds}
        empty="Chưa có cuộc bình chọn nào."
        columns={[
          { header: 'Cuộc bình chọn', cell: (r) => <RowLink href={`/binh-chon/${r.id}`}>{r.name}</RowLink> },
          { header: 'Cấp', cell: (r) => <>{CONTEST_LEVEL_LABELS[r.level]}{r.adminUnit ? ` — ${adminUnitName(r.adminUnit)}` : ''}</> },
          { header: 'Năm', cell: (r) => r.year, numeric: true },
          { header: 'Quyết định', cell: (r) => <>{r.decisionNumber} ngày {formatDate(r.decisionDate)}</> },
          { header: 'Sản phẩm', cell: (r) => r._count.entries, numeric: true },
          { header: 'Trạng thái', cell: (r) => <StatusBadge look={CONTEST_ROUND_LIFECYCLE.states[r.status]} /> },
        ]}
      />
    </>
  );
}
