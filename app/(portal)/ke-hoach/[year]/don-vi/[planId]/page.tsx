import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { ActionButton } from '@/components/ui/action-button';
import { ItemReviewForm } from '@/components/plans/item-review-form';
import { PlanItemCard } from '@/components/plans/plan-item-card';
import { PlanItemNormStatus } from '@/components/plans/plan-item-norm-status';
import { PlanStatusBadge } from '@/components/plans/plan-status-badge';
import { PlanTimeline } from '@/components/plans/plan-timeline';
import { ReasonForm } from '@/components/plans/reason-form';
import { VersionDiff } from '@/components/plans/version-diff';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { Card, DetailCard, EmptyState, PageHeader } from '@/components/ui/card';
import { formatDate, formatDateTime } from '@/lib/domain/format';
import { ANNUAL_PLAN_RETURNED, PLAN_ITEM_EDITABLE_REVIEWS, reviewDecisionOf } from '@/lib/domain/lifecycle/plan';
import { formatVnd } from '@/lib/domain/money';
import { requirePermission } from '@/lib/server/auth';
import { forPage } from '@/lib/server/authz';
import { getPlanOrThrow } from '@/lib/server/plans/get-plan';
import { idFromParam, yearFromParam } from '@/lib/server/page-params';
import { deletePlanDraftAction, deletePlanItemAction, markReviewedAction, planItemNormExceptionAction, returnPlanAction, reviewItemAction, submitPlanAction } from './actions';

export const metadata: Metadata = { title: 'Kế hoạch của đơn vị' };

export default async function PlanPage({ params }: { params: Promise<{ year: string; planId: string }> }) {
  const raw = await params;
  const year = yearFromParam(raw.year);
  const planId = idFromParam(raw.planId);
  const actor = await requirePermission('plan:read', `/ke-hoach/${year}/don-vi/${planId}`);
  const d = await forPage(getPlanOrThrow(actor, planId));
  const { plan } = d;
  const round = plan.consolidatedPlan;
  // The round in the address must be the plan's own (links are built from it).
  if (plan.year !== year) notFound();
  return (
    <>
      <PageHeader
        title={`Kế hoạch khuyến công năm ${plan.year} — ${plan.organization.name}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <PlanStatusBadge status={plan.status} />
            {plan.submittedAt && <span>Gửi lần {plan.version} lúc {formatDateTime(plan.submittedAt)}</span>}
          </span>
        }
        actions={
          <>
            <ButtonLink href={`/ke-hoach/${plan.year}`}>← Đợt đăng ký năm {plan.year}</ButtonLink>
            {d.canDelete && (
              <ActionButton action={deletePlanDraftAction} input={{ planId: plan.id }} variant="danger" label="Xoá kế hoạch dự thảo" confirm={`Xoá kế hoạch dự thảo năm ${plan.year} cùng ${d.items.length} đề xuất?`} />
            )}
          </>
        }
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="min-w-0 space-y-4 lg:col-span-2">
          {plan.status === ANNUAL_PLAN_RETURNED && plan.reviewComment && (
            <Alert tone="warning" title="Kế hoạch được trả lại để chỉnh sửa">
              <p className="whitespace-pre-line">{plan.reviewComment}</p>
            </Alert>
          )}
          {d.isAuthor && !d.canEdit && plan.status !== ANNUAL_PLAN_RETURNED && plan.submittedAt && (
            <Alert tone="info">Kế hoạch đã gửi nên chỉ xem được; đơn vị sửa khi kế hoạch được trả lại.</Alert>
          )}
          <section aria-labelledby="items-heading" className="space-y-3">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 id="items-heading" className="text-lg font-semibold">
                Đề xuất đề án ({d.items.length})
              </h2>
              {d.canEdit && (
                <ButtonLink href={`/ke-hoach/${year}/don-vi/${plan.id}/de-xuat/moi`} variant="primary">
                  Thêm đề xuất
                </ButtonLink>
              )}
            </div>
            {d.items.length === 0 && <EmptyState>Chưa có đề xuất nào.</EmptyState>}
            {d.items.map((item, index) => {
              const editable = d.canEdit && PLAN_ITEM_EDITABLE_REVIEWS.includes(item.review);
              return (
                <PlanItemCard key={item.id} index={index + 1} item={item}>
                  <PlanItemNormStatus itemId={item.id} status={d.checks.get(item.id)!} recordException={d.mayRecordNormException ? planItemNormExceptionAction : undefined} />
                  {editable && (
                    <>
                      <ButtonLink href={`/ke-hoach/${year}/don-vi/${plan.id}/de-xuat/${item.id}`}>Sửa đề xuất</ButtonLink>
                      <ActionButton
                        action={deletePlanItemAction}
                        input={{ itemId: item.id }}
                        variant="ghost"
                        label="Xoá đề xuất"
                        confirm={`Xoá đề xuất “${item.name}”?`}
                      />
                    </>
                  )}
                  {d.canReview && (
                    <div className="w-full">
                      <ItemReviewForm
                        itemId={item.id}
                        itemName={item.name}
                        current={{ decision: reviewDecisionOf(item.review), comment: item.reviewComment }}
                        review={reviewItemAction}
                      />
                    </div>
                  )}
                </PlanItemCard>
              );
            })}
          </section>
          {d.diff && d.latestVersion && d.previousVersion && (
            <Card title="Thay đổi so với lần gửi trước">
              <VersionDiff diff={d.diff} from={d.previousVersion.version} to={d.latestVersion.version} />
            </Card>
          )}
        </div>
        <div className="min-w-0 space-y-4">
          <DetailCard
            title="Tổng hợp kế hoạch"
            items={[
              { label: 'Đơn vị', value: plan.organization.name },
              { label: 'Hạn gửi', value: formatDate(round.registrationDeadline) },
              { label: 'Tổng kinh phí', value: formatVnd(d.totals.all.totalCostVnd) },
              { label: 'Đề nghị hỗ trợ KCĐP', value: formatVnd(d.totals.bySource.KCDP.totals.requestedSupportVnd) },
              { label: 'Đề nghị hỗ trợ KCQG', value: formatVnd(d.totals.bySource.KCQG.totals.requestedSupportVnd) },
              { label: 'Vốn đối ứng', value: formatVnd(d.totals.all.counterpartVnd) },
            ]}
          />
          {d.events.includes('submit') && d.canEdit && (
            <Card title="Gửi kế hoạch">
              <p className="mb-3 text-sm text-slate-600">
                Gửi Sở Công Thương xem xét. Sau khi gửi, kế hoạch chỉ sửa được khi được trả lại. Hạn gửi: {formatDate(round.registrationDeadline)}.
              </p>
              <ActionButton action={submitPlanAction} input={{ planId: plan.id }} label={plan.status === ANNUAL_PLAN_RETURNED ? 'Gửi lại kế hoạch' : 'Gửi kế hoạch'} />
            </Card>
          )}
          {d.canReview && (
            <Card title="Kết luận xem xét">
              <div className="space-y-4">
                {d.events.includes('markReviewed') && (
                  <div>
                    <p className="mb-2 text-sm text-slate-600">Khi mọi đề xuất đã chấp nhận hoặc không chấp nhận.</p>
                    <ActionButton action={markReviewedAction} input={{ planId: plan.id }} label="Hoàn thành xem xét" />
                  </div>
                )}
                <ReasonForm kind="returnPlan" fixed={{ planId: plan.id }} action={returnPlanAction} reasonLabel="Ý kiến trả lại" submitLabel="Trả lại kế hoạch" />
              </div>
            </Card>
          )}
          <Card title="Diễn biến">
            <PlanTimeline events={d.timeline} />
          </Card>
          {!d.isAuthor && (
            <p className="text-sm">
              <Link href={`/ke-hoach/${year}`} className="text-brand-700 hover:underline">
                ← Tình hình gửi kế hoạch năm {year}
              </Link>
            </p>
          )}
        </div>
      </div>
    </>
  );
}
