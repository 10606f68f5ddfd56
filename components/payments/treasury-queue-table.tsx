import { Link } from '@/components/ui/link';
import { ProjectStatusBadge } from '@/components/projects/project-status-badge';
import { EmptyState } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { formatDate } from '@/lib/domain/format';
import { formatVnd } from '@/lib/domain/money';
import { PAYMENT_KIND_LABELS } from '@/lib/domain/payment-labels';
import type { ActionResult } from '@/lib/server/action';
import type { TreasuryQueueRow } from '@/lib/server/payments/find-treasury-queue';
import { PayPaymentForm, type PayInput } from './pay-payment-form';
import { PaymentReasonForm } from './payment-reason-form';
import { PaymentStatusBadge } from './payment-status-badge';

/** Kiểm soát chi: requests sent to this treasury with the đề án's state and money position. */
export function TreasuryQueueTable({
  rows,
  today,
  payAction,
  refuseAction,
}: {
  rows: TreasuryQueueRow[];
  today: string;
  payAction: (input: PayInput) => Promise<ActionResult<{ message: string }>>;
  refuseAction: (input: { paymentRequestId: number; reason: string }) => Promise<ActionResult<{ message: string }>>;
}) {
  if (rows.length === 0) return <EmptyState>Chưa có đề nghị nào được gửi tới Kho bạc.</EmptyState>;
  return (
    <Table caption="Đề nghị tạm ứng, thanh toán gửi Kho bạc">
      <thead>
        <tr>
          <Th>Đề án</Th>
          <Th>Loại</Th>
          <Th numeric>Số tiền đề nghị</Th>
          <Th numeric>Được chi tối đa</Th>
          <Th numeric>Kho bạc đã chi</Th>
          <Th numeric>Tạm ứng chưa thu hồi</Th>
          <Th>Thụ hưởng</Th>
          <Th>Ngày gửi</Th>
          <Th>Ủy nhiệm chi</Th>
          <Th>Trạng thái</Th>
          <Th>Kiểm soát chi</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => {
          const control = r.controls[0];
          return (
            <tr key={r.id}>
              <Td>
                <Link href={`/de-an/${r.project.id}/thanh-toan`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                  {r.project.code}
                </Link>
                <div className="max-w-72 text-xs text-slate-600">{r.project.name}</div>
                <div className="mt-1">
                  <ProjectStatusBadge status={r.project.status} />
                </div>
              </Td>
              <Td>{PAYMENT_KIND_LABELS[r.kind]}</Td>
              <Td numeric>{formatVnd(r.amountVnd)}</Td>
              <Td numeric>{formatVnd(r.position.ceilingVnd)}</Td>
              <Td numeric>{formatVnd(r.position.disbursedVnd)}</Td>
              <Td numeric>{formatVnd(r.position.outstandingAdvanceVnd)}</Td>
              <Td>
                {r.payeeName}
                {r.payeeAccount && <div className="text-xs text-slate-500">Số tài khoản: {r.payeeAccount}</div>}
              </Td>
              <Td>{formatDate(r.sentAt)}</Td>
              <Td>
                {r.paymentOrderNumber ?? ''}
                {r.paidOn && <div className="text-xs text-slate-500">ngày {formatDate(r.paidOn)}</div>}
              </Td>
              <Td>
                <PaymentStatusBadge status={r.status} />
                {control?.reason && <div className="mt-1 text-xs text-slate-600">Lý do: {control.reason}</div>}
              </Td>
              <Td>
                <div className="flex flex-wrap items-start gap-2">
                  {r.events.includes('pay') && <PayPaymentForm paymentRequestId={r.id} amountLabel={formatVnd(r.amountVnd)} today={today} action={payAction} />}
                  {r.events.includes('refuse') && <PaymentReasonForm paymentRequestId={r.id} action={refuseAction} label="Từ chối" reasonLabel="Lý do từ chối" variant="danger" />}
                </div>
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
