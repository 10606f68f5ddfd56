import { Card, DetailList } from '@/components/ui/card';
import { formatVnd, percentOf } from '@/lib/domain/money';
import type { MoneyPosition } from '@/lib/domain/money-position';
import { formatPercent, PERCENT_ROUNDING_RULE } from '@/lib/domain/percent';

/**
 * Kinh phí: the estimate's totals (recomputed on the server) and the money position — what was
 * requested, sent, paid by the Kho bạc, is still owed, must be refunded, and whether it is settled.
 */
export function ProjectMoneyCard({
  project,
  money,
}: {
  project: { totalCostVnd: bigint; stateSupportVnd: bigint; counterpartVnd: bigint; otherFundingVnd: bigint; progressPercent: number | null };
  money: MoneyPosition;
}) {
  const share = percentOf(project.stateSupportVnd, project.totalCostVnd);
  return (
    <Card title="Kinh phí">
      <DetailList
        items={[
          { label: 'Tổng kinh phí', value: formatVnd(project.totalCostVnd) },
          { label: 'Ngân sách hỗ trợ (dự toán)', value: `${formatVnd(project.stateSupportVnd)}${share === null ? '' : ` (${formatPercent(share)})`}` },
          { label: 'Vốn đối ứng', value: formatVnd(project.counterpartVnd) },
          { label: 'Nguồn khác', value: formatVnd(project.otherFundingVnd) },
          { label: 'Hỗ trợ được duyệt', value: formatVnd(money.approvedVnd) },
          { label: 'Hỗ trợ theo hợp đồng', value: money.contractedVnd === null ? null : formatVnd(money.contractedVnd) },
          { label: 'Giá trị nghiệm thu', value: money.acceptedValueVnd === null ? null : formatVnd(money.acceptedValueVnd) },
          { label: 'Phần ngân sách của giá trị nghiệm thu', value: money.eligibleAcceptedVnd === null ? null : formatVnd(money.eligibleAcceptedVnd) },
          { label: 'Mức được chi tối đa', value: formatVnd(money.ceilingVnd) },
          { label: 'Đã đề nghị (kể cả dự thảo)', value: formatVnd(money.requestedVnd) },
          { label: 'Đang chờ Kho bạc', value: formatVnd(money.sentVnd) },
          { label: 'Kho bạc đã chi', value: <strong>{formatVnd(money.disbursedVnd)}</strong> },
          { label: '— trong đó tạm ứng', value: formatVnd(money.advancedVnd) },
          { label: 'Tạm ứng chưa thu hồi', value: formatVnd(money.outstandingAdvanceVnd) },
          { label: 'Còn phải trả cho cơ sở', value: formatVnd(money.owedVnd) },
          { label: 'Phải nộp trả ngân sách', value: money.toRefundVnd > 0n ? <strong className="text-red-700">{formatVnd(money.toRefundVnd)}</strong> : formatVnd(0n) },
          { label: 'Đã nộp trả', value: formatVnd(money.refundedVnd) },
          { label: 'Huỷ dự toán khi quyết toán', value: formatVnd(money.cancelledVnd) },
          { label: 'Quyết toán', value: money.settled ? 'Đã cân đối (được duyệt = đã chi − nộp trả + nộp trả + huỷ)' : 'Chưa quyết toán' },
          { label: 'Khối lượng hoàn thành', value: project.progressPercent === null ? null : formatPercent(project.progressPercent) },
        ]}
      />
      <p className="mt-2 text-xs text-slate-600">{PERCENT_ROUNDING_RULE}</p>
      <p className="mt-1 text-xs text-slate-500">
        Mức được chi = số nhỏ nhất của hỗ trợ được duyệt, hỗ trợ theo hợp đồng và phần ngân sách của giá trị nghiệm thu (giá trị nghiệm thu × tỷ lệ ngân sách trong dự toán, làm tròn xuống đến đồng).
      </p>
    </Card>
  );
}
