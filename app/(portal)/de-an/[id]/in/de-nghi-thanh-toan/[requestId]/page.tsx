import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MoneyLine, PrintSheet } from '@/components/print/print-sheet';
import { amountInWords } from '@/lib/domain/amount-in-words';
import { formatDate } from '@/lib/domain/format';
import { formatVnd } from '@/lib/domain/money';
import { formatOfficialDate } from '@/lib/domain/official-date';
import { PAYMENT_KIND_LABELS } from '@/lib/domain/payment-labels';
import { placeOf } from '@/lib/domain/print-place';
import { requirePermission } from '@/lib/server/auth';
import { forPage } from '@/lib/server/authz';
import { getPaymentRequestPrintOrThrow } from '@/lib/server/payments/get-payment-request-print';

export const metadata: Metadata = { title: 'Giấy đề nghị thanh toán' };

export default async function PaymentRequestPrintPage({ params }: { params: Promise<{ id: string; requestId: string }> }) {
  const { id, requestId } = await params;
  const [projectId, reqId] = [Number(id), Number(requestId)];
  if (!Number.isInteger(projectId) || projectId <= 0 || !Number.isInteger(reqId) || reqId <= 0) notFound();
  const actor = await requirePermission('project:read', `/de-an/${id}/in/de-nghi-thanh-toan/${requestId}`);
  const { request: r, position } = await forPage(getPaymentRequestPrintOrThrow(actor, projectId, reqId));
  const contract = r.project.contracts[0];
  return (
    <PrintSheet
      issuer={r.project.implementingOrg.name}
      title={r.kind === 'ADVANCE' ? 'Giấy đề nghị tạm ứng' : 'Giấy đề nghị thanh toán'}
      subtitle={`Số ${r.id}/ĐNTT`}
      placeAndDate={formatOfficialDate(placeOf(r.project.province.name), r.sentAt ?? r.createdAt)}
      signatures={[{ role: 'Kế toán' }, { role: 'Thủ trưởng đơn vị' }]}
    >
      <p>Kính gửi: {r.treasuryOrg?.name ?? 'Kho bạc Nhà nước'}</p>
      <p>
        Căn cứ đề án {r.project.code} — {r.project.name}
        {contract ? `, hợp đồng số ${contract.number} ngày ${formatDate(contract.signedOn)}` : ''}.
      </p>
      <p>Đề nghị Kho bạc {PAYMENT_KIND_LABELS[r.kind].toLowerCase()} cho: {r.payeeName}{r.payeeAccount ? `, số tài khoản ${r.payeeAccount}` : ''}.</p>
      <MoneyLine label={`Số tiền đề nghị ${PAYMENT_KIND_LABELS[r.kind].toLowerCase()}`} figures={formatVnd(r.amountVnd)} words={amountInWords(r.amountVnd)} />
      {r.advanceClearedVnd > 0n && <MoneyLine label="Thu hồi tạm ứng" figures={formatVnd(r.advanceClearedVnd)} words={amountInWords(r.advanceClearedVnd)} />}
      <MoneyLine label="Kinh phí hỗ trợ được duyệt" figures={formatVnd(position.approvedVnd)} words={amountInWords(position.approvedVnd)} />
      <MoneyLine label="Kho bạc đã chi cho đề án đến nay" figures={formatVnd(position.disbursedVnd)} words={amountInWords(position.disbursedVnd)} />
    </PrintSheet>
  );
}
