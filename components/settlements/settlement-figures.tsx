import { Card, DetailCard, DetailList } from '@/components/ui/card';
import { decisionRef, formatDate } from '@/lib/domain/format';
import { SETTLEMENT_LIFECYCLE } from '@/lib/domain/lifecycle/settlement';
import { formatVnd } from '@/lib/domain/money';
import type { MoneyPosition } from '@/lib/domain/money-position';
import type { ProjectSettlement } from '@/lib/server/settlements/find-project-settlement';

/** The position as the settlement reads it, with the balance stated as an equation. */
export function PositionCard({ position: p }: { position: MoneyPosition }) {
  const kept = p.disbursedVnd - p.refundedVnd;
  return (
    <Card title="Số liệu quyết toán">
      <DetailList
        items={[
          { label: 'Hỗ trợ được duyệt', value: formatVnd(p.approvedVnd) },
          { label: 'Hỗ trợ theo hợp đồng', value: formatVnd(p.contractedVnd) },
          { label: 'Giá trị nghiệm thu', value: formatVnd(p.acceptedValueVnd) },
          { label: 'Phần ngân sách của giá trị nghiệm thu', value: formatVnd(p.eligibleAcceptedVnd) },
          { label: 'Đã tạm ứng (Kho bạc đã chi)', value: formatVnd(p.advancedVnd) },
          { label: 'Đã thanh toán (Kho bạc đã chi)', value: formatVnd(p.paidVnd) },
          { label: 'Còn phải trả cho cơ sở', value: formatVnd(p.owedVnd) },
          { label: 'Phải nộp trả ngân sách', value: formatVnd(p.toRefundVnd) },
          { label: 'Đã nộp trả', value: formatVnd(p.refundedVnd) },
          { label: 'Huỷ dự toán', value: formatVnd(p.cancelledVnd) },
          { label: 'Chưa xử lý', value: formatVnd(p.remainingVnd) },
        ]}
      />
      <p className="mt-3 text-sm" data-testid="balance">
        Cân đối: {formatVnd(p.approvedVnd)} = {formatVnd(kept)} (đã chi − nộp trả) + {formatVnd(p.refundedVnd)} (nộp trả) + {formatVnd(p.cancelledVnd)} (huỷ) + {formatVnd(p.remainingVnd)} (chưa xử lý)
        {p.settled ? ' — đã cân đối đến từng đồng.' : '.'}
      </p>
    </Card>
  );
}

export function LiquidationCard({ liquidation }: { liquidation: NonNullable<ProjectSettlement['project']['liquidation']> }) {
  return (
    <DetailCard
      title="Thanh lý hợp đồng"
      items={[
        { label: 'Biên bản', value: `${liquidation.minutesNumber} ngày ${formatDate(liquidation.signedOn)}` },
        { label: 'Giá trị nghiệm thu', value: formatVnd(liquidation.acceptedValueVnd) },
        { label: 'Đã chi', value: formatVnd(liquidation.paidVnd) },
        { label: 'Còn phải trả', value: formatVnd(liquidation.dueVnd) },
        { label: 'Phải nộp trả', value: formatVnd(liquidation.toRefundVnd) },
        { label: 'Đại diện bên A / bên B', value: `${liquidation.signatoryA} / ${liquidation.signatoryB}` },
        { label: 'Quyết định thanh lý', value: decisionRef(liquidation.decision) },
      ]}
    />
  );
}

export function SettlementCard({ settlement }: { settlement: NonNullable<ProjectSettlement['project']['settlement']> }) {
  return (
    <DetailCard
      title="Quyết toán đề án"
      items={[
        { label: 'Trạng thái', value: SETTLEMENT_LIFECYCLE.statusLabels[settlement.status] },
        { label: 'Giá trị quyết toán', value: formatVnd(settlement.settledVnd) },
        { label: 'Huỷ dự toán', value: formatVnd(settlement.cancelledVnd) },
        { label: 'Quyết định phê duyệt', value: decisionRef(settlement.decision) },
      ]}
    />
  );
}
