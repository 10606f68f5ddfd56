import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { ProjectStatusBadge } from '@/components/projects/project-status-badge';
import { SchedulesTable } from '@/components/repayments/schedules-table';
import { Card, DetailList, EmptyState, PageHeader } from '@/components/ui/card';
import { formatDate } from '@/lib/domain/format';
import { formatVnd } from '@/lib/domain/money';
import { PAYMENT_KIND_LABELS } from '@/lib/domain/payment-labels';
import { requirePermission } from '@/lib/server/auth';
import { forPage } from '@/lib/server/authz';
import { findBeneficiaryMoney } from '@/lib/server/payments/find-beneficiary-money';

export const metadata = { title: 'Tiền hỗ trợ của cơ sở' } satisfies Metadata;

export default async function BeneficiaryMoneyPage() {
  const actor = await requirePermission('money:read-own', '/tien-ho-tro');
  const { projects, schedules } = await forPage(findBeneficiaryMoney(actor));
  return (
    <>
      <PageHeader title={metadata.title} description="Tạm ứng, thanh toán Kho bạc đã chi, số còn được nhận và lịch hoàn trả của cơ sở." />
      {projects.length === 0 && <EmptyState>Cơ sở chưa có đề án được phê duyệt kinh phí.</EmptyState>}
      <div className="grid gap-4 lg:grid-cols-2">
        {projects.map((p) => (
          <Card key={p.id} title={<Link href={`/de-an/${p.id}`} className="text-brand-700 hover:underline">{`${p.code} · ${p.name}`}</Link>} actions={<ProjectStatusBadge status={p.status} />}>
            {p.isGroup && <p className="mb-2 text-xs text-slate-600">Đề án nhóm: số liệu của cả đề án.</p>}
            <DetailList
              items={[
                { label: 'Hỗ trợ được duyệt', value: formatVnd(p.position.approvedVnd) },
                { label: 'Đã nhận tạm ứng', value: formatVnd(p.position.advancedVnd) },
                { label: 'Đã nhận thanh toán', value: formatVnd(p.position.paidVnd) },
                { label: 'Còn được nhận', value: <strong>{formatVnd(p.position.owedVnd)}</strong> },
                { label: 'Phải nộp trả', value: formatVnd(p.position.toRefundVnd) },
              ]}
            />
            {p.payments.length > 0 && (
              <ul className="mt-3 space-y-1 text-sm" aria-label={`Các lần chi của đề án ${p.code}`}>
                {p.payments.map((x) => (
                  <li key={x.id}>
                    {PAYMENT_KIND_LABELS[x.kind]} {formatVnd(x.amountVnd)}
                    {x.paidOn ? ` ngày ${formatDate(x.paidOn)}` : ''}
                    {x.paymentOrderNumber ? ` (UNC ${x.paymentOrderNumber})` : ''}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        ))}
      </div>
      {schedules.length > 0 && (
        <section className="mt-6">
          <h2 className="mb-2 text-lg font-semibold">Lịch hoàn trả</h2>
          <SchedulesTable rows={schedules} />
        </section>
      )}
    </>
  );
}
