import Link from 'next/link';
import { ActionButton, type ActionOutcome } from '@/components/ui/action-button';
import { EmptyState } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { formatDate } from '@/lib/domain/format';
import { formatVnd } from '@/lib/domain/money';
import { PAYMENT_KIND_LABELS } from '@/lib/domain/payment-labels';
import type { ActionResult } from '@/lib/server/action';
import type { TreasuryQueueRow } from '@/lib/server/payments/find-treasury-queue';
import { PaymentReasonForm } from './payment-reason-form';
import { PaymentStatusBadge } from './payment-status-badge';

/** Kiểm soát chi: requests sent to this treasury with what the đề án may receive and has received. */
export function TreasuryQueueTable({
  rows,
  payAction,
  refuseAction,
}: {
  rows: TreasuryQueueRow[];
  payAction: (input: { paymentRequestId: number }) => Promise<ActionResult<ActionOutcome>>;
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
          <Th numeric>Kinh phí được duyệt</Th>
          <Th numeric>Đã thanh toán</Th>
          <Th>Thụ hưởng</Th>
          <Th>Ngày gửi</Th>
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
              </Td>
              <Td>{PAYMENT_KIND_LABELS[r.kind]}</Td>
              <Td numeric>{formatVnd(r.amountVnd)}</Td>
              <Td numeric>{formatVnd(r.project.approvedSupportVnd)}</Td>
              <Td numeric>{formatVnd(r.paidToDateVnd)}</Td>
              <Td>
                {r.payeeName}
                {r.payeeAccount && <div className="text-xs text-slate-500">TK {r.payeeAccount}</div>}
              </Td>
              <Td>{formatDate(r.sentAt)}</Td>
              <Td>
                <PaymentStatusBadge status={r.status} />
                {control?.reason && <div className="mt-1 text-xs text-slate-600">Lý do: {control.reason}</div>}
              </Td>
              <Td>
                <div className="flex flex-wrap items-start gap-2">
                  {r.events.includes('pay') && (
                    <ActionButton
                      action={payAction}
                      input={{ paymentRequestId: r.id }}
                      label="Thanh toán"
                      confirm={`Chấp nhận thanh toán ${formatVnd(r.amountVnd)} cho đề án ${r.project.code}?`}
                    />
                  )}
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
