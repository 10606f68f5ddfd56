import type { Metadata } from 'next';
import { RoundStatusBadge } from '@/components/plans/plan-status-badge';
import { PlanDecisionForm } from '@/components/plans/plan-decision-form';
import { RoundNav } from '@/components/plans/round-nav';
import { ProjectStatusBadge } from '@/components/projects/project-status-badge';
import { Card, DetailCard, EmptyState, PageHeader } from '@/components/ui/card';
import { DataTable, RowLink } from '@/components/ui/table';
import { formatDate } from '@/lib/domain/format';
import { CONSOLIDATED_PLAN_LIFECYCLE } from '@/lib/domain/lifecycle/plan';
import { FUNDING_LEVEL_SHORT } from '@/lib/domain/labels';
import { formatVndPlain } from '@/lib/domain/money';
import { requirePermission } from '@/lib/server/auth';
import { forPage } from '@/lib/server/authz';
import { canFollowAllRegistrations } from '@/lib/server/plans/find-round-submissions';
import { getPlanDecisionOrThrow } from '@/lib/server/plans/get-plan-decision';
import { yearFromParam } from '@/lib/server/page-params';
import { recordPlanDecisionAction } from './actions';

export const metadata: Metadata = { title: 'Quyết định phê duyệt kế hoạch' };

export default async function PlanDecisionPage({ params }: { params: Promise<{ year: string }> }) {
  const year = yearFromParam((await params).year);
  const actor = await requirePermission('plan:read', `/ke-hoach/${year}/quyet-dinh`);
  const d = await forPage(getPlanDecisionOrThrow(actor, year));
  const waitingFor = CONSOLIDATED_PLAN_LIFECYCLE.events.recordDecision.from.map((s) => CONSOLIDATED_PLAN_LIFECYCLE.statusLabels[s]).join(', ');
  return (
    <>
      <PageHeader title={`Quyết định phê duyệt kế hoạch khuyến công năm ${year}`} description={<RoundStatusBadge status={d.round.status} />} />
      {canFollowAllRegistrations(actor) && <RoundNav year={year} current="/quyet-dinh" />}
      <div className="space-y-6">
        {d.decision ? (
          <DetailCard
            title="Quyết định"
            items={[
              { label: 'Số, ký hiệu', value: d.decision.number },
              { label: 'Ngày ban hành', value: formatDate(d.decision.issuedOn) },
              { label: 'Cơ quan ban hành', value: d.decision.issuer },
              { label: 'Người ký', value: [d.decision.signer, d.decision.signerTitle].filter(Boolean).join(', ') },
              { label: 'Trích yếu', value: d.decision.summary },
              {
                label: 'Tệp quyết định',
                value: d.decision.document ? (
                  <a href={`/api/tai-lieu/${d.decision.document.id}`} className="text-brand-700 hover:underline">
                    {d.decision.document.fileName}
                  </a>
                ) : null,
              },
            ]}
          />
        ) : d.events.includes('recordDecision') ? (
          <Card title="Ghi nhận quyết định của UBND thành phố">
            <p className="mb-4 text-sm text-slate-600">
              Khi ghi nhận, {d.proposals} đề xuất trong kế hoạch tổng hợp trở thành đề án ở trạng thái “Đã phê duyệt”: KCĐP theo mức Sở Tài chính thẩm định, KCQG theo
              mức đề nghị (chờ Bộ Công Thương quyết định).
            </p>
            <PlanDecisionForm year={year} projectCount={d.proposals} record={recordPlanDecisionAction} />
          </Card>
        ) : (
          <EmptyState>Chưa có quyết định. Quyết định được ghi nhận khi kế hoạch ở bước: {waitingFor}.</EmptyState>
        )}
        {d.projects.length > 0 && (
          <Card title={`Đề án được tạo từ kế hoạch (${d.projects.length})`}>
            <DataTable
              caption="Đề án được tạo từ kế hoạch"
              rows={d.projects}
              columns={[
                { header: 'Mã', cell: (p) => <RowLink href={`/de-an/${p.id}`}>{p.code}</RowLink>, className: 'whitespace-nowrap' },
                { header: 'Đề án', cell: (p) => p.name, className: 'min-w-56' },
                { header: 'Nguồn', cell: (p) => FUNDING_LEVEL_SHORT[p.fundingLevel] },
                { header: 'Đơn vị thực hiện', cell: (p) => p.implementingOrg.name, className: 'min-w-40' },
                { header: 'Hỗ trợ được duyệt', cell: (p) => formatVndPlain(p.approvedSupportVnd), numeric: true },
                { header: 'Trạng thái', cell: (p) => <ProjectStatusBadge status={p.status} /> },
              ]}
            />
          </Card>
        )}
      </div>
    </>
  );
}
