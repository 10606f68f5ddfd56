import type { Metadata } from 'next';
import { ProjectStatusBadge } from '@/components/projects/project-status-badge';
import { FieldsForm, type FormField } from '@/components/settlements/fields-form';
import { LiquidationCard, PositionCard, SettlementCard } from '@/components/settlements/settlement-figures';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { DataTable } from '@/components/ui/table';
import { formatDate, formatDateTime } from '@/lib/domain/format';
import { formatVnd } from '@/lib/domain/money';
import { findProjectSettlement } from '@/lib/server/settlements/find-project-settlement';
import { approveSettlementAction, closeProjectAction, liquidateAction, refundAction, returnSettlementAction, submitSettlementAction } from './actions';
import { requirePermission } from '@/lib/server/auth';
import { loadRecordPage } from '@/lib/server/record-page';

export const metadata: Metadata = { title: 'Thanh lý, quyết toán' };

const DECISION_FIELDS = (prefix: string, required: boolean): FormField[] => [
  { name: `${prefix}.number`, label: 'Số quyết định', required },
  { name: `${prefix}.issuedOn`, label: 'Ngày ban hành', type: 'date', required },
  { name: `${prefix}.issuer`, label: 'Cơ quan ban hành', required },
  { name: `${prefix}.signer`, label: 'Người ký', required },
  { name: `${prefix}.summary`, label: 'Trích yếu', required },
];

const LIQUIDATION_FIELDS: FormField[] = [
  { name: 'minutesNumber', label: 'Số biên bản thanh lý', required: true },
  { name: 'signedOn', label: 'Ngày ký biên bản', type: 'date', required: true },
  { name: 'signatoryA', label: 'Đại diện bên A (đơn vị thực hiện)', required: true },
  { name: 'signatoryB', label: 'Đại diện bên B (cơ sở thụ hưởng)', required: true },
  ...DECISION_FIELDS('decision', false).map((f) => ({ ...f, label: `${f.label} thanh lý (nếu có)` })),
];

const REFUND_FIELDS: FormField[] = [
  { name: 'amountVnd', label: 'Số tiền nộp trả (đồng)', type: 'money', required: true },
  { name: 'documentNumber', label: 'Số chứng từ nộp trả', required: true },
  { name: 'paidOn', label: 'Ngày nộp', type: 'date', required: true },
];

const RETURN_FIELDS: FormField[] = [{ name: 'reason', label: 'Lý do trả lại', type: 'textarea', required: true }];

export default async function ProjectSettlementPage({ params }: { params: Promise<{ id: string }> }) {
  const { record: { project, position, returned, can } } = await loadRecordPage(params, (id) => requirePermission('project:read', `/de-an/${id}/quyet-toan`), findProjectSettlement);
  return (
    <>
      <PageHeader
        title={`Thanh lý, quyết toán — ${project.code}`}
        description={project.name}
        status={<ProjectStatusBadge status={project.status} />}
        actions={
          <>
            <ButtonLink href={`/de-an/${project.id}`}>Về đề án</ButtonLink>
            {project.liquidation && <ButtonLink href={`/de-an/${project.id}/in/bien-ban-thanh-ly`}>In biên bản thanh lý</ButtonLink>}
            {project.settlement && <ButtonLink href={`/de-an/${project.id}/in/quyet-toan`}>In bảng quyết toán</ButtonLink>}
          </>
        }
      />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <div className="min-w-0 space-y-4 lg:col-span-2">
          <PositionCard position={position} />
          {project.liquidation && <LiquidationCard liquidation={project.liquidation} />}
          <Card title="Nộp trả ngân sách">
            {project.refunds.length === 0 ? (
              <p className="text-sm text-slate-600">Chưa có khoản nộp trả.</p>
            ) : (
              <DataTable
                caption="Các khoản nộp trả"
                rows={project.refunds}
                columns={[
                  { header: 'Số chứng từ', cell: (r) => r.documentNumber },
                  { header: 'Ngày', cell: (r) => formatDate(r.paidOn) },
                  { header: 'Số tiền', cell: (r) => formatVnd(r.amountVnd), numeric: true },
                ]}
              />
            )}
          </Card>
          {returned && (
            <Alert tone="warning" title={`Hồ sơ quyết toán bị trả lại (${formatDateTime(returned.createdAt)})`}>
              {returned.reason}
            </Alert>
          )}
          {project.settlement && <SettlementCard settlement={project.settlement} />}
        </div>
        <div className="min-w-0 space-y-4">
          {can.liquidate && (
            <Card title="Thanh lý hợp đồng">
              <FieldsForm submitLabel="Thanh lý hợp đồng" action={liquidateAction} fixed={{ projectId: project.id, expectedStatus: project.status }} optionalGroups={['decision']} fields={LIQUIDATION_FIELDS} />
            </Card>
          )}
          {can.refund && (
            <Card title="Ghi nhận nộp trả">
              <p className="mb-2 text-sm">Còn phải nộp trả {formatVnd(position.toRefundVnd)}.</p>
              <FieldsForm submitLabel="Ghi nhận nộp trả" action={refundAction} fixed={{ projectId: project.id }} fields={REFUND_FIELDS} />
            </Card>
          )}
          {can.submit && (
            <Card title="Lập quyết toán">
              <FieldsForm submitLabel="Lập và trình quyết toán" action={submitSettlementAction} fixed={{ projectId: project.id }} fields={[{ name: 'note', label: 'Ghi chú', type: 'textarea' }]} />
            </Card>
          )}
          {can.approve && (
            <Card title="Phê duyệt quyết toán">
              <FieldsForm submitLabel="Phê duyệt quyết toán" action={approveSettlementAction} fixed={{ projectId: project.id }} fields={DECISION_FIELDS('decision', true)} />
            </Card>
          )}
          {can.return && (
            <Card title="Trả lại hồ sơ quyết toán">
              <FieldsForm submitLabel="Trả lại hồ sơ quyết toán" action={returnSettlementAction} fixed={{ projectId: project.id }} fields={RETURN_FIELDS} />
            </Card>
          )}
          {can.close && (
            <Card title="Đóng hồ sơ">
              <FieldsForm submitLabel="Đóng hồ sơ" action={closeProjectAction} fixed={{ projectId: project.id }} fields={[]} />
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
