import { ActionButton, type ActionOutcome } from '@/components/ui/action-button';
import { DataTable } from '@/components/ui/table';
import { formatDate } from '@/lib/domain/format';
import { isTreasuryRefusal } from '@/lib/domain/lifecycle/payment';
import { formatVnd } from '@/lib/domain/money';
import { PAYMENT_KIND_LABELS } from '@/lib/domain/payment-labels';
import type { ActionResult } from '@/lib/server/action';
import type { ProjectPaymentRow } from '@/lib/server/payments/find-project-payments';
import { PaymentReasonForm } from './payment-reason-form';
import { PaymentStatusBadge } from './payment-status-badge';

/** Why the Kho bạc refused the request at its last control, if it did. */
function refusalReason(r: ProjectPaymentRow): string | null {
  const control = r.controls[0];
  return control && isTreasuryRefusal(control.result) ? control.reason : null;
}

/** The đề án's requests; each row offers only the steps the server says the actor may take. */
export function PaymentRequestsTable({
  rows,
  sendAction,
  cancelAction,
}: {
  rows: ProjectPaymentRow[];
  sendAction: (input: { paymentRequestId: number }) => Promise<ActionResult<ActionOutcome>>;
  cancelAction: (input: { paymentRequestId: number; reason: string }) => Promise<ActionResult<{ message: string }>>;
}) {
  return (
    <DataTable
      caption="Đề nghị tạm ứng, thanh toán của đề án"
      rows={rows}
      empty="Chưa có đề nghị tạm ứng, thanh toán nào."
      columns={[
        {
          header: 'Số',
          cell: (r) => (
            <a href={`/de-an/${r.projectId}/in/de-nghi-thanh-toan/${r.id}`} className="text-brand-700 underline-offset-2 hover:underline" aria-label={`In giấy đề nghị #${r.id}`}>
              #{r.id}
            </a>
          ),
        },
        { header: 'Loại', cell: (r) => PAYMENT_KIND_LABELS[r.kind] },
        {
          header: 'Số tiền',
          cell: (r) => (
            <>
              {formatVnd(r.amountVnd)}
              {r.advanceClearedVnd > 0n && <div className="text-xs text-slate-500">Thu hồi tạm ứng {formatVnd(r.advanceClearedVnd)}</div>}
            </>
          ),
          numeric: true,
        },
        {
          header: 'Thụ hưởng',
          cell: (r) => (
            <>
              {r.payeeName}
              {r.payeeAccount && <div className="text-xs text-slate-500">TK {r.payeeAccount}</div>}
            </>
          ),
        },
        { header: 'Ngày lập', cell: (r) => formatDate(r.createdAt) },
        { header: 'Trạng thái', cell: (r) => <PaymentStatusBadge status={r.status} /> },
        {
          header: 'Kho bạc',
          cell: (r) => (
            <>
              {r.treasuryOrg ? (
                <>
                  {r.treasuryOrg.name}
                  {r.sentAt && <div className="text-xs text-slate-500">Gửi {formatDate(r.sentAt)}</div>}
                </>
              ) : (
                '—'
              )}
              {refusalReason(r) && <div className="text-xs text-red-700">Lý do từ chối: {refusalReason(r)}</div>}
            </>
          ),
        },
        {
          header: 'Thao tác',
          cell: (r) => (
            <div className="flex flex-wrap items-start gap-2">
              {r.events.includes('sendToTreasury') && (
                <ActionButton action={sendAction} input={{ paymentRequestId: r.id }} label="Gửi Kho bạc" confirm={`Gửi đề nghị #${r.id} (${formatVnd(r.amountVnd)}) tới Kho bạc?`} />
              )}
              {r.events.includes('cancel') && <PaymentReasonForm paymentRequestId={r.id} action={cancelAction} label="Huỷ đề nghị" reasonLabel="Lý do huỷ" variant="danger" />}
            </div>
          ),
        },
      ]}
    />
  );
}
