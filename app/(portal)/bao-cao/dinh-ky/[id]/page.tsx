import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { PeriodicReportForm } from '@/components/reports/periodic-report-form';
import { PeriodicReviewForm } from '@/components/reports/periodic-review-form';
import { ActionButton } from '@/components/ui/action-button';
import { Alert } from '@/components/ui/alert';
import { Card, DetailCard, PageHeader } from '@/components/ui/card';
import { formatDateTime } from '@/lib/domain/format';
import { adminUnitName } from '@/lib/domain/labels';
import { REPORT_EDITABLE_STATES, REPORT_LIFECYCLE } from '@/lib/domain/lifecycle/report';
import { formatVnd } from '@/lib/domain/money';
import { periodLabel } from '@/lib/domain/reports-periodic';
import { getPeriodicReport } from '@/lib/server/reports/periodic/get-periodic-report';
import { reviewPeriodicReportAction, savePeriodicReportAction, submitPeriodicReportAction, withdrawPeriodicReportAction } from '../actions';
import { requirePermission } from '@/lib/server/auth';
import { loadRecordPage } from '@/lib/server/record-page';

export const metadata: Metadata = { title: 'Báo cáo định kỳ' };

export default async function PeriodicReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { record: report } = await loadRecordPage(params, (id) => requirePermission('report:read', `/bao-cao/dinh-ky/${id}`), getPeriodicReport);
  const f = report.figures;
  const unit = report.adminUnit ? adminUnitName(report.adminUnit) : report.organizationName;
  return (
    <>
      <PageHeader
        title={`Báo cáo ${periodLabel(report.kind, report.year, report.period)}`}
        description={
          <>
            {unit} · <strong>{REPORT_LIFECYCLE.statusLabels[report.status]}</strong> ·{' '}
            <Link href="/bao-cao/dinh-ky" className="text-brand-700 hover:underline">Tất cả báo cáo</Link>
          </>
        }
      />
      <div className="space-y-4">
        {report.reviewComment && REPORT_EDITABLE_STATES.includes(report.status) && (
          <Alert tone="warning" title="Sở Công Thương trả lại báo cáo">{report.reviewComment}</Alert>
        )}
        <DetailCard
          title={`Số liệu năm ${f.year} (tính từ hồ sơ lúc ${formatDateTime(f.computedAt)})`}
          items={[
            { label: 'Số đề án', value: f.projects },
            { label: 'Đề án đã hoàn thành', value: f.doneProjects },
            { label: 'Số cơ sở thụ hưởng', value: f.facilities },
            { label: 'Tổng kinh phí', value: formatVnd(BigInt(f.totalCostVnd)) },
            { label: 'Hỗ trợ từ ngân sách', value: formatVnd(BigInt(f.stateSupportVnd)) },
            { label: 'Vốn đối ứng', value: formatVnd(BigInt(f.counterpartVnd)) },
            { label: 'Đã giải ngân', value: formatVnd(BigInt(f.paidVnd)) },
          ]}
        />
        {report.canEdit ? (
          <Card title="Đánh giá của đơn vị">
            <PeriodicReportForm reportId={report.id} narrative={report.narrative} save={savePeriodicReportAction} submit={submitPeriodicReportAction} />
          </Card>
        ) : (
          <DetailCard
            title="Đánh giá của đơn vị"
            items={[
              { label: 'Kết quả thực hiện', value: <span className="whitespace-pre-wrap">{report.narrative.results || '—'}</span> },
              { label: 'Khó khăn, vướng mắc', value: <span className="whitespace-pre-wrap">{report.narrative.difficulties || '—'}</span> },
              { label: 'Đề xuất, kiến nghị', value: <span className="whitespace-pre-wrap">{report.narrative.proposals || '—'}</span> },
            ]}
          />
        )}
        {report.events.includes('withdraw') && (
          <Card title="Rút lại báo cáo">
            <p className="mb-3 text-sm text-slate-700">Sở Công Thương chưa xem xét báo cáo này. Nếu cần sửa, rút lại về dự thảo rồi gửi lại trước hạn: trong thời gian đó báo cáo không được tính là đã gửi.</p>
            <ActionButton
              action={withdrawPeriodicReportAction}
              input={{ reportId: report.id }}
              label="Rút lại để sửa"
              variant="secondary"
            />
          </Card>
        )}
        {report.events.includes('accept') && (
          <Card title="Xem xét báo cáo">
            <PeriodicReviewForm reportId={report.id} review={reviewPeriodicReportAction} />
          </Card>
        )}
      </div>
    </>
  );
}
