import type { Metadata } from 'next';
import { ScheduleStateBadge } from '@/components/repayments/schedule-state-badge';
import { FieldsForm, type FormField } from '@/components/settlements/fields-form';
import { ButtonLink } from '@/components/ui/button';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { DataTable } from '@/components/ui/table';
import { formatDate } from '@/lib/domain/format';
import { REPAYMENT_LITIGATION_STATES } from '@/lib/domain/lifecycle/repayment';
import { formatVnd } from '@/lib/domain/money';
import { INSTALMENT_LATE, INSTALMENT_STATE_LABELS as INSTALMENT_STATE } from '@/lib/domain/repayment';
import { findProjectRepayments } from '@/lib/server/repayments/find-project-repayments';
import { litigationAction, recordRepaymentAction, saveScheduleAction } from './actions';
import { requirePermission } from '@/lib/server/auth';
import { loadRecordPage } from '@/lib/server/record-page';

export const metadata: Metadata = { title: 'Hoàn trả hỗ trợ' };

const REPAYMENT_FIELDS: FormField[] = [
  { name: 'amountVnd', label: 'Số tiền (đồng)', type: 'money', required: true },
  { name: 'paidOn', label: 'Ngày nộp', type: 'date', required: true },
  { name: 'documentNumber', label: 'Số chứng từ', required: true },
];

const LITIGATION_FIELDS: FormField[] = [
  { name: 'courtFileRef', label: 'Số thụ lý của toà án', required: true },
  { name: 'reason', label: 'Lý do', type: 'textarea', required: true },
];

export default async function ProjectRepaymentsPage({ params }: { params: Promise<{ id: string }> }) {
  const { record: { project, schedules, can } } = await loadRecordPage(params, (id) => requirePermission('project:read', `/de-an/${id}/thu-hoi`), findProjectRepayments);
  return (
    <>
      <PageHeader title={`Hoàn trả hỗ trợ — ${project.code}`} description={project.isRecoverable ? 'Hỗ trợ có thu hồi' : 'Đề án không thuộc diện hỗ trợ có thu hồi'} actions={<ButtonLink href={`/de-an/${project.id}`}>Về đề án</ButtonLink>} />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <div className="min-w-0 space-y-4 lg:col-span-2">
          {schedules.length === 0 && <EmptyState>Chưa có lịch hoàn trả.</EmptyState>}
          {schedules.map((s) => (
            <Card key={s.id} title={`${s.facility.name} — dư nợ ${formatVnd(s.summary.outstandingVnd)}`} actions={<ScheduleStateBadge state={s.summary.state} daysLate={s.summary.daysLate} />}>
              {s.courtFileRef && <p className="mb-2 text-sm">Hồ sơ toà án: {s.courtFileRef}</p>}
              <DataTable
                caption="Các kỳ hoàn trả"
                rows={s.summary.instalments}
                rowKey={(i) => i.dueOn.toISOString()}
                columns={[
                  { header: 'Hạn trả', cell: (i) => formatDate(i.dueOn) },
                  { header: 'Số phải trả', cell: (i) => formatVnd(i.amountVnd), numeric: true },
                  { header: 'Đã trả', cell: (i) => formatVnd(i.paidVnd), numeric: true },
                  { header: 'Tình trạng', cell: (i) => (i.state === INSTALMENT_LATE ? `Quá hạn ${i.daysLate} ngày` : INSTALMENT_STATE[i.state]) },
                ]}
              />
              {can.record && s.summary.outstandingVnd > 0n && (
                <div className="mt-4 grid gap-4 sm:grid-cols-2">
                  <FieldsForm submitLabel="Ghi nhận hoàn trả" action={recordRepaymentAction} fixed={{ scheduleId: s.id }} fields={REPAYMENT_FIELDS} />
                  {!REPAYMENT_LITIGATION_STATES.includes(s.status) && <FieldsForm submitLabel="Chuyển khởi kiện" action={litigationAction} fixed={{ scheduleId: s.id }} fields={LITIGATION_FIELDS} />}
                </div>
              )}
            </Card>
          ))}
        </div>
        {can.plan && (
          <Card title="Lập lịch hoàn trả (trước khi ký hợp đồng)">
            <FieldsForm
              submitLabel="Lập lịch hoàn trả"
              action={saveScheduleAction}
              fixed={{ projectId: project.id }}
              fields={[
                { name: 'facilityId', label: 'Mã cơ sở', required: true, defaultValue: project.beneficiaries.length === 1 ? String(project.beneficiaries[0]!.facilityId) : '', hint: project.beneficiaries.map((b) => `${b.facilityId}: ${b.facility.name}`).join('; ') },
                { name: 'principalVnd', label: 'Số phải hoàn trả (đồng)', type: 'money', required: true, defaultValue: project.approvedSupportVnd?.toString() ?? '' },
                { name: 'count', label: 'Số kỳ', required: true, defaultValue: '4' },
                { name: 'firstDueOn', label: 'Hạn kỳ đầu', type: 'date', required: true },
                { name: 'intervalMonths', label: 'Số tháng giữa hai kỳ', required: true, defaultValue: '6' },
              ]}
            />
          </Card>
        )}
      </div>
    </>
  );
}
