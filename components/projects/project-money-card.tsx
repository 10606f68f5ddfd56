import { Card, DetailList } from '@/components/ui/card';
import { formatVnd, percentOf } from '@/lib/domain/money';
import { formatPercent, PERCENT_ROUNDING_RULE } from '@/lib/domain/percent';

/** Kinh phí: totals recomputed on the server from the estimate, and the approved support. */
export function ProjectMoneyCard({
  project,
}: {
  project: { totalCostVnd: bigint; stateSupportVnd: bigint; counterpartVnd: bigint; otherFundingVnd: bigint; approvedSupportVnd: bigint | null; progressPercent: number | null };
}) {
  const share = percentOf(project.stateSupportVnd, project.totalCostVnd);
  return (
    <Card title="Kinh phí">
      <DetailList
        items={[
          { label: 'Tổng kinh phí', value: formatVnd(project.totalCostVnd) },
          { label: 'Ngân sách hỗ trợ (đề nghị)', value: `${formatVnd(project.stateSupportVnd)}${share === null ? '' : ` (${formatPercent(share)})`}` },
          { label: 'Vốn đối ứng', value: formatVnd(project.counterpartVnd) },
          { label: 'Nguồn khác', value: formatVnd(project.otherFundingVnd) },
          { label: 'Hỗ trợ được duyệt', value: formatVnd(project.approvedSupportVnd) },
          { label: 'Khối lượng hoàn thành', value: project.progressPercent === null ? null : formatPercent(project.progressPercent) },
        ]}
      />
      <p className="mt-2 text-xs text-slate-600">{PERCENT_ROUNDING_RULE}</p>
    </Card>
  );
}
