import type { Metadata } from 'next';
import { PeriodicOpenForm } from '@/components/reports/periodic-open-form';
import { StatusBadge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { DataTable, RowLink } from '@/components/ui/table';
import { formatDate } from '@/lib/domain/format';
import { adminUnitName } from '@/lib/domain/labels';
import { REPORT_LIFECYCLE } from '@/lib/domain/lifecycle/report';
import { can } from '@/lib/domain/permissions';
import { periodLabel } from '@/lib/domain/reports-periodic';
import { requirePermission } from '@/lib/server/auth';
import { now } from '@/lib/server/clock';
import { findPeriodicReports } from '@/lib/server/reports/periodic/find-periodic-reports';
import { openPeriodicReportAction } from './actions';

export const metadata: Metadata = { title: 'Báo cáo định kỳ' };

export default async function PeriodicReportsPage() {
  const actor = await requirePermission('report:read', '/bao-cao/dinh-ky');
  const reports = await findPeriodicReports(actor);
  const year = now().getUTCFullYear();
  return (
    <>
      <PageHeader
        title="Báo cáo định kỳ"
        description="Báo cáo tháng, quý, năm của xã và đơn vị gửi Sở Công Thương: số liệu lấy từ hồ sơ, đơn vị viết phần đánh giá."
        actions={can(actor, 'report:review') ? <ButtonLink href="/bao-cao/dinh-ky/theo-doi">Theo dõi nộp báo cáo</ButtonLink> : undefined}
      />
      {can(actor, 'report:submit') && (
        <Card title="Lập báo cáo" className="mb-4">
          <PeriodicOpenForm years={[year, year - 1]} open={openPeriodicReportAction} />
        </Card>
      )}
      <DataTable
        caption="Danh sách báo cáo định kỳ"
        rows={reports}
        empty="Chưa có báo cáo định kỳ nào."
        columns={[
          { header: 'Kỳ báo cáo', cell: (r) => <RowLink href={`/bao-cao/dinh-ky/${r.id}`}>{periodLabel(r.kind, r.year, r.period)}</RowLink> },
          { header: 'Đơn vị', cell: (r) => (r.adminUnit ? adminUnitName(r.adminUnit) : '—') },
          { header: 'Trạng thái', cell: (r) => <StatusBadge look={REPORT_LIFECYCLE.states[r.status]} /> },
          { header: 'Ngày gửi', cell: (r) => (r.submittedAt ? formatDate(r.submittedAt) : '—') },
        ]}
      />
    </>
  );
}
