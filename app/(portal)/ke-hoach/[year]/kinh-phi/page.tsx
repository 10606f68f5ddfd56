import type { Metadata } from 'next';
import { ActionButton } from '@/components/ui/action-button';
import { BudgetForm } from '@/components/plans/budget-form';
import { FinanceReturnAlert } from '@/components/plans/finance-return-alert';
import { ConsolidatedItemsTable } from '@/components/plans/consolidated-items-table';
import { RoundStatusBadge } from '@/components/plans/plan-status-badge';
import { PlanTotalsTable } from '@/components/plans/plan-totals-table';
import { ReasonForm } from '@/components/plans/reason-form';
import { RoundNav } from '@/components/plans/round-nav';
import { Alert } from '@/components/ui/alert';
import { Card, DetailList, PageHeader } from '@/components/ui/card';
import { formatVnd } from '@/lib/domain/money';
import { budgetCeilingProblem } from '@/lib/domain/plan-rules';
import { requirePermission } from '@/lib/server/auth';
import { forPage } from '@/lib/server/authz';
import { getConsolidationOrThrow } from '@/lib/server/plans/get-consolidation';
import { yearFromParam } from '@/lib/server/page-params';
import { approveBudgetAction, returnBudgetAction, saveBudgetAction } from './actions';

export const metadata: Metadata = { title: 'Thẩm định kinh phí' };

export default async function BudgetPage({ params }: { params: Promise<{ year: string }> }) {
  const year = yearFromParam((await params).year);
  const actor = await requirePermission('plan:read', `/ke-hoach/${year}/kinh-phi`);
  const c = await forPage(getConsolidationOrThrow(actor, year));
  const kcdp = c.totals.bySource.KCDP;
  const rows = c.rows.filter((r) => r.fundingLevel === 'KCDP');
  const appraising = c.events.includes('approveBudget');
  const ceiling = c.round.budgetCeilingVnd;
  const overCeiling = ceiling !== null && kcdp.totals.awaitingApproval < kcdp.totals.items ? budgetCeilingProblem(kcdp.totals.approvedSupportVnd, ceiling) : null;
  return (
    <>
      <PageHeader title={`Thẩm định kinh phí khuyến công địa phương năm ${year}`} description={<RoundStatusBadge status={c.round.status} />} />
      <RoundNav year={year} current="/kinh-phi" />
      <div className="space-y-6">
        <FinanceReturnAlert round={c.round} />
        <Card title="Tổng hợp KCĐP">
          <DetailList
            items={[
              { label: 'Số đề án KCĐP', value: kcdp.totals.items },
              { label: 'Đề nghị hỗ trợ', value: formatVnd(kcdp.totals.requestedSupportVnd) },
              { label: 'Trần kinh phí năm', value: formatVnd(ceiling) },
              {
                label: 'Được duyệt',
                value: kcdp.totals.awaitingApproval === kcdp.totals.items ? 'Chưa thẩm định' : formatVnd(kcdp.totals.approvedSupportVnd),
              },
            ]}
          />
          {overCeiling && (
            <div className="mt-3">
              <Alert tone="error">{overCeiling}</Alert>
            </div>
          )}
        </Card>
        {appraising ? (
          <Card title="Mức hỗ trợ được duyệt">
            <BudgetForm
              year={year}
              ceilingVnd={ceiling?.toString() ?? null}
              rows={rows.map((r) => ({
                itemId: r.id,
                name: r.name,
                organization: r.annualPlan.organization.name,
                requestedVnd: r.requestedSupportVnd.toString(),
                approvedVnd: r.approvedSupportVnd?.toString() ?? null,
                comment: r.budgetComment,
              }))}
              save={saveBudgetAction}
            />
          </Card>
        ) : (
          <Card title="Danh sách đề án KCĐP">
            <ConsolidatedItemsTable year={year} rows={rows} caption="Đề án KCĐP và mức được duyệt" showApproved />
          </Card>
        )}
        <PlanTotalsTable totals={kcdp} by="group" showApproved />
        {appraising && (
          <div className="grid gap-4 md:grid-cols-2 [&>*]:min-w-0">
            <Card title="Thống nhất dự toán">
              <p className="mb-3 text-sm text-slate-600">Mọi đề án KCĐP phải có mức được duyệt và tổng không vượt trần. Lưu thẩm định trước khi thống nhất.</p>
              <ActionButton action={approveBudgetAction} input={{ year }} label="Thống nhất dự toán" />
            </Card>
            <Card title="Trả lại Sở Công Thương">
              <ReasonForm kind="returnBudget" fixed={{ year }} action={returnBudgetAction} reasonLabel="Lý do trả lại" submitLabel="Trả lại Sở Công Thương" />
            </Card>
          </div>
        )}
      </div>
    </>
  );
}
