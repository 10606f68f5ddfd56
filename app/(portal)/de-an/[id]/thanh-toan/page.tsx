import type { Metadata } from 'next';
import { PaymentLimitsCard } from '@/components/payments/payment-limits-card';
import { PaymentRequestForm } from '@/components/payments/payment-request-form';
import { PaymentRequestsTable } from '@/components/payments/payment-requests-table';
import { ProjectStatusBadge } from '@/components/projects/project-status-badge';
import { ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { formatVnd } from '@/lib/domain/money';
import { findProjectPayments } from '@/lib/server/payments/find-project-payments';
import { cancelPaymentAction, requestPaymentAction, sendPaymentAction } from './actions';
import { requirePermission } from '@/lib/server/auth';
import { loadRecordPage } from '@/lib/server/record-page';

export const metadata: Metadata = { title: 'Tạm ứng, thanh toán' };

export default async function ProjectPaymentsPage({ params }: { params: Promise<{ id: string }> }) {
  const { record: { project, limits, requests, canRequest } } = await loadRecordPage(params, (id) => requirePermission('project:read', `/de-an/${id}/thanh-toan`), findProjectPayments);

  return (
    <>
      <PageHeader
        title={`Tạm ứng, thanh toán — ${project.code}`}
        description={project.name}
        status={<ProjectStatusBadge status={project.status} />}
        actions={<ButtonLink href={`/de-an/${project.id}`}>Về đề án</ButtonLink>}
      />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <div className="min-w-0 space-y-4 lg:order-last">
          {limits && <PaymentLimitsCard limits={limits} />}
          {canRequest && limits && (
            <Card title="Lập đề nghị">
              <PaymentRequestForm
                projectId={project.id}
                defaultPayee={project.beneficiaries.length === 1 ? project.beneficiaries[0]!.facility.name : ''}
                remaining={{ ADVANCE: formatVnd(limits.remainingAdvanceVnd), PAYMENT: formatVnd(limits.remainingPaymentVnd) }}
                action={requestPaymentAction}
              />
            </Card>
          )}
        </div>
        <div className="min-w-0 space-y-4 lg:col-span-2">
          <Card title="Các đề nghị">
            <PaymentRequestsTable rows={requests} sendAction={sendPaymentAction} cancelAction={cancelPaymentAction} />
          </Card>
        </div>
      </div>
    </>
  );
}
