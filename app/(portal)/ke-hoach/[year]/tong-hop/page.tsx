import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { ActionButton } from '@/components/ui/action-button';
import { FinanceReturnAlert } from '@/components/plans/finance-return-alert';
import { ConsolidatedItemsTable } from '@/components/plans/consolidated-items-table';
import { PlanStatusBadge, RoundStatusBadge } from '@/components/plans/plan-status-badge';
import { PlanTotalsTable } from '@/components/plans/plan-totals-table';
import { RoundNav } from '@/components/plans/round-nav';
import { Alert } from '@/components/ui/alert';
import { ButtonDownload } from '@/components/ui/button';
import { Card, HeadlineFigures, PageHeader } from '@/components/ui/card';
import { formatNumber } from '@/lib/domain/format';
import { FUNDING_LEVEL_LABELS } from '@/lib/domain/labels';
import { formatVnd } from '@/lib/domain/money';
import { can } from '@/lib/domain/permissions';
import { requirePermission } from '@/lib/server/auth';
import { forPage } from '@/lib/server/authz';
import { getConsolidationOrThrow } from '@/lib/server/plans/get-consolidation';
import { yearFromParam } from '@/lib/server/page-params';
import { closeRegistrationAction } from '../actions';
import { sendToFinanceAction } from './actions';

export const metadata: Metadata = { title: 'Kế hoạch tổng hợp' };

export default async function ConsolidationPage({ params }: { params: Promise<{ year: string }> }) {
  const year = yearFromParam((await params).year);
  const actor = await requirePermission('plan:read', `/ke-hoach/${year}/tong-hop`);
  const c = await forPage(getConsolidationOrThrow(actor, year));
  const showApproved = c.totals.bySource.KCDP.totals.awaitingApproval < c.totals.bySource.KCDP.totals.items;
  const exportLink = (source: 'kcqg' | 'kcdp', label: string) => (
    <ButtonDownload href={`/ke-hoach/${year}/xuat/${source}`}>{label}</ButtonDownload>
  );
  return (
    <>
      <PageHeader
        title={`Kế hoạch khuyến công tổng hợp năm ${year}`}
        description={<RoundStatusBadge status={c.round.status} />}
        actions={
          <>
            {can(actor, 'plan:consolidate') && exportLink('kcqg', 'Xuất Excel KCQG (gửi Bộ Công Thương)')}
            {(can(actor, 'plan:consolidate') || can(actor, 'plan:appraise-budget')) && exportLink('kcdp', 'Xuất Excel KCĐP (gửi Sở Tài chính)')}
          </>
        }
      />
      <RoundNav year={year} current="/tong-hop" />
      <div className="space-y-6">
        <FinanceReturnAlert round={c.round} />
        {c.outside.length > 0 && (
          <Alert tone="warning" title={`${c.outside.length} kế hoạch chưa xem xét xong, chưa vào kế hoạch tổng hợp`}>
            <ul className="mt-1 space-y-1">
              {c.outside.map((p) => (
                <li key={p.id} className="flex flex-wrap items-center gap-2">
                  <Link href={`/ke-hoach/${year}/don-vi/${p.id}`} className="underline">
                    {p.organization.name}
                  </Link>
                  <PlanStatusBadge status={p.status} />
                </li>
              ))}
            </ul>
          </Alert>
        )}
        <HeadlineFigures
          label={`Tổng cộng kế hoạch năm ${year}`}
          className=""
          figures={[
            ['Số đề án', formatNumber(c.totals.all.items)],
            ['Đề nghị hỗ trợ KCĐP', formatVnd(c.totals.bySource.KCDP.totals.requestedSupportVnd)],
            ['Đề nghị hỗ trợ KCQG', formatVnd(c.totals.bySource.KCQG.totals.requestedSupportVnd)],
          ]}
        />
        {(['KCDP', 'KCQG'] as const).map((source) => (
          <Card key={source} title={`${FUNDING_LEVEL_LABELS[source]} — ${c.totals.bySource[source].totals.items} đề án`}>
            <div className="space-y-4">
              <ConsolidatedItemsTable
                year={year}
                rows={c.rows.filter((r) => r.fundingLevel === source)}
                caption={`Danh sách đề án ${FUNDING_LEVEL_LABELS[source]}`}
                showApproved={source === 'KCDP' && showApproved}
              />
              <div className="space-y-4">
                <PlanTotalsTable totals={c.totals.bySource[source]} by="group" showApproved={source === 'KCDP' && showApproved} />
                <PlanTotalsTable totals={c.totals.bySource[source]} by="area" showApproved={source === 'KCDP' && showApproved} />
              </div>
            </div>
          </Card>
        ))}
        {c.events.includes('closeRegistration') && (
          <Card title="Kết thúc nhận đăng ký">
            <p className="mb-3 text-sm text-slate-600">Kế hoạch chưa gửi sẽ không được tổng hợp; các kế hoạch đã gửi tiếp tục được xem xét.</p>
            <ActionButton action={closeRegistrationAction} input={{ year }} variant="secondary" label="Kết thúc nhận đăng ký" confirm="Kết thúc nhận đăng ký kế hoạch?" />
          </Card>
        )}
        {c.events.includes('sendToFinance') && (
          <Card title="Gửi Sở Tài chính">
            <p className="mb-3 text-sm text-slate-600">
              Gửi danh sách KCĐP để Sở Tài chính thẩm định dự toán. Kế hoạch của xã và đơn vị sẽ không sửa được nữa; danh sách KCQG gửi Bộ Công Thương bằng biểu Excel.
            </p>
            <ActionButton action={sendToFinanceAction} input={{ year }} label="Gửi Sở Tài chính" />
          </Card>
        )}
      </div>
    </>
  );
}
