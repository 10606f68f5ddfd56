import type { ReactNode } from 'react';
import { DetailList } from '@/components/ui/card';
import { adminUnitName, FUNDING_LEVEL_SHORT } from '@/lib/domain/labels';
import { PLAN_ITEM_INCLUDED_REVIEW, type PlanItemReview } from '@/lib/domain/lifecycle/plan';
import { formatVnd } from '@/lib/domain/money';
import { ItemReviewBadge } from './plan-status-badge';

export interface PlanItemView {
  id: number;
  name: string;
  fundingLevel: 'KCQG' | 'KCDP';
  review: PlanItemReview;
  reviewComment: string | null;
  contentCategory: { code: string; name: string };
  programmeTarget: { itemNo: string; name: string; unit: string | null; group: { code: string } } | null;
  targetQuantity: number | null;
  adminUnit: { type: 'XA' | 'PHUONG' | 'DAC_KHU'; name: string } | null;
  place: string | null;
  expectedOutputs: string | null;
  totalCostVnd: bigint;
  requestedSupportVnd: bigint;
  counterpartVnd: bigint;
  otherFundingVnd: bigint;
  approvedSupportVnd: bigint | null;
  budgetComment: string | null;
  beneficiaries: { facility: { id: number; name: string; taxCode: string } }[];
}

/** One proposal as everyone reads it; `children` carries the actions of whoever may act on it. */
export function PlanItemCard({ index, item, children }: { index: number; item: PlanItemView; children?: ReactNode }) {
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby={`item-${item.id}-title`}>
      <header className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <h3 id={`item-${item.id}-title`} className="font-semibold text-slate-900">
          {index}. {item.name}
        </h3>
        <span className="flex gap-2">
          <span className="rounded bg-slate-100 px-2 py-0.5 text-xs font-medium">{FUNDING_LEVEL_SHORT[item.fundingLevel]}</span>
          <ItemReviewBadge review={item.review} />
        </span>
      </header>
      {item.reviewComment && item.review !== PLAN_ITEM_INCLUDED_REVIEW && (
        <p className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">Ý kiến xem xét: {item.reviewComment}</p>
      )}
      <DetailList
        items={[
          { label: 'Nội dung', value: `${item.contentCategory.code} · ${item.contentCategory.name}` },
          {
            label: 'Chỉ tiêu',
            value: item.programmeTarget
              ? `${item.programmeTarget.group.code}.${item.programmeTarget.itemNo} ${item.programmeTarget.name} — ${item.targetQuantity ?? '?'} ${item.programmeTarget.unit ?? ''}`
              : 'Chưa chọn',
          },
          { label: 'Địa bàn, địa điểm', value: [item.place, item.adminUnit ? adminUnitName(item.adminUnit) : null].filter(Boolean).join(', ') || null },
          { label: 'Kết quả dự kiến', value: item.expectedOutputs },
          { label: 'Tổng kinh phí', value: formatVnd(item.totalCostVnd) },
          { label: 'Đề nghị hỗ trợ', value: formatVnd(item.requestedSupportVnd) },
          { label: 'Vốn đối ứng', value: formatVnd(item.counterpartVnd) },
          { label: 'Nguồn khác', value: formatVnd(item.otherFundingVnd) },
          ...(item.approvedSupportVnd !== null
            ? [{ label: 'Sở Tài chính thẩm định', value: `${formatVnd(item.approvedSupportVnd)}${item.budgetComment ? ` — ${item.budgetComment}` : ''}` }]
            : []),
          {
            label: 'Cơ sở thụ hưởng',
            value: item.beneficiaries.length ? item.beneficiaries.map((b) => `${b.facility.name} (MST ${b.facility.taxCode})`).join('; ') : 'Không có',
          },
        ]}
      />
      {children && <div className="mt-4 flex flex-wrap items-start gap-3 border-t border-slate-100 pt-3">{children}</div>}
    </article>
  );
}
