import { Card, DetailList } from '@/components/ui/card';
import { formatVnd } from '@/lib/domain/money';
import { ADVANCE_ROUNDING_NOTE, type PaymentLimits } from '@/lib/domain/payment-limits';
import { formatRateBp } from '@/lib/domain/percent';

const percent = formatRateBp;

/** What is left to advance and to pay, computed on the server from every committed request. */
export function PaymentLimitsCard({ limits }: { limits: PaymentLimits }) {
  return (
    <Card title="Hạn mức tạm ứng, thanh toán">
      <DetailList
        items={[
          { label: 'Kinh phí hỗ trợ được phê duyệt', value: formatVnd(limits.approvedSupportVnd) },
          { label: 'Mức được chi tối đa', value: formatVnd(limits.position.ceilingVnd) },
          {
            label: 'Mức tạm ứng tối đa',
            value: `${formatVnd(limits.advanceLimitVnd)} (${percent(Math.min(limits.advanceShareBp, limits.treasuryCeilingBp))} của ${formatVnd(limits.advanceBaseVnd)}, làm tròn xuống)`,
          },
          { label: 'Đã đề nghị tạm ứng', value: formatVnd(limits.advancedVnd) },
          { label: 'Đã đề nghị thanh toán', value: formatVnd(limits.paymentsVnd) },
          { label: 'Kho bạc đã chi', value: formatVnd(limits.position.disbursedVnd) },
          { label: 'Tạm ứng chưa thu hồi', value: formatVnd(limits.outstandingAdvanceVnd) },
          { label: 'Còn được tạm ứng', value: <strong>{formatVnd(limits.remainingAdvanceVnd)}</strong> },
          { label: 'Còn được thanh toán', value: <strong>{formatVnd(limits.remainingPaymentVnd)}</strong> },
        ]}
      />
      <p className="mt-3 text-xs text-slate-500">Tính cả đề nghị dự thảo, đã gửi Kho bạc và đã thanh toán; không tính đề nghị bị từ chối hoặc đã huỷ. {ADVANCE_ROUNDING_NOTE} Tạm ứng trước nghiệm thu; thanh toán sau nghiệm thu đạt và thu hồi hết tạm ứng.</p>
    </Card>
  );
}
