import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { ActionButton } from '@/components/ui/action-button';
import { PlanStatusBadge, RoundStatusBadge } from '@/components/plans/plan-status-badge';
import { ReasonForm } from '@/components/plans/reason-form';
import { RoundNav } from '@/components/plans/round-nav';
import { SubmissionsTable } from '@/components/plans/submissions-table';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { Card, DetailList, PageHeader } from '@/components/ui/card';
import { decisionRef, formatDate, formatDateTime } from '@/lib/domain/format';
import { can } from '@/lib/domain/permissions';
import { requirePermission } from '@/lib/server/auth';
import { forPage } from '@/lib/server/authz';
import { canFollowAllRegistrations, pendingSubmissions } from '@/lib/server/plans/find-round-submissions';
import { getRoundOverviewOrThrow } from '@/lib/server/plans/get-round-overview';
import { yearFromParam } from '@/lib/server/page-params';
import { closeRegistrationAction, createPlanAction, reopenRegistrationAction, sendRemindersAction } from './actions';

export const metadata: Metadata = { title: 'Đợt đăng ký kế hoạch' };

export default async function RoundPage({ params }: { params: Promise<{ year: string }> }) {
  const year = yearFromParam((await params).year);
  const actor = await requirePermission('plan:read', `/ke-hoach/${year}`);
  const o = await forPage(getRoundOverviewOrThrow(actor, year));
  const pending = pendingSubmissions(o.submissions);
  const followsAll = canFollowAllRegistrations(actor);
  return (
    <>
      <PageHeader title={o.round.title} description={<RoundStatusBadge status={o.round.status} />} />
      {followsAll && <RoundNav year={year} current="" />}
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="min-w-0 space-y-4 lg:col-span-2">
          <Card title="Thông tin đợt đăng ký">
            <DetailList
              items={[
                { label: 'Năm kế hoạch', value: o.round.year },
                {
                  label: 'Hạn gửi kế hoạch',
                  value: (
                    <>
                      {formatDate(o.round.registrationDeadline)}{' '}
                      {o.acceptingPlans && (
                        <strong className={o.deadline.passed ? 'text-red-800' : o.deadline.daysLeft <= 7 ? 'text-amber-900' : 'text-emerald-800'}>({o.deadline.label})</strong>
                      )}
                    </>
                  ),
                },
                { label: 'Mở ngày', value: `${formatDateTime(o.round.openedAt)}${o.openedBy ? ` · ${o.openedBy}` : ''}` },
                { label: 'Quyết định phê duyệt', value: decisionRef(o.decision) },
              ]}
            />
            {o.round.instructions && (
              <div className="mt-4">
                <h3 className="text-xs font-medium uppercase tracking-wide text-slate-500">Hướng dẫn</h3>
                <p className="mt-1 whitespace-pre-line text-sm">{o.round.instructions}</p>
              </div>
            )}
          </Card>
          {followsAll && (
            <Card title={`Các đơn vị gửi kế hoạch — ${o.submissions.length - pending.length}/${o.submissions.length} đã gửi`}>
              <SubmissionsTable year={year} rows={o.submissions} />
            </Card>
          )}
        </div>
        <div className="min-w-0 space-y-4">
          {can(actor, 'plan:register') && (
            <Card title="Kế hoạch của đơn vị bạn">
              {o.ownOrganizationProblem && <Alert tone="warning">{o.ownOrganizationProblem}</Alert>}
              {o.ownPlan && o.ownOrganization && (
                <div className="space-y-3 text-sm">
                  <p>
                    {o.ownOrganization.name}: <PlanStatusBadge status={o.ownPlan.status} /> · {o.ownPlan._count.items} đề xuất
                  </p>
                  <ButtonLink href={`/ke-hoach/${year}/don-vi/${o.ownPlan.id}`} variant="primary">
                    Mở kế hoạch của đơn vị
                  </ButtonLink>
                </div>
              )}
              {!o.ownPlan && o.ownOrganization && o.registrationOpen && (
                <ActionButton
                  action={createPlanAction}
                  input={{ year }}
                  label="Lập kế hoạch của đơn vị"
                />
              )}
              {!o.ownPlan && o.ownOrganization && !o.registrationOpen && <p className="text-sm text-slate-600">Đợt đăng ký đã kết thúc; đơn vị bạn không gửi kế hoạch năm {year}.</p>}
            </Card>
          )}
          {can(actor, 'plan:open-round') && o.registrationOpen && (
            <Card title="Nhắc hạn">
              <p className="mb-3 text-sm text-slate-600">{pending.length} đơn vị chưa gửi kế hoạch. Gửi thông báo nhắc hạn đến cán bộ của các đơn vị này.</p>
              <ActionButton
                action={sendRemindersAction}
                input={{ year }}
                variant="secondary"
                label="Gửi nhắc hạn"
              />
            </Card>
          )}
          {o.events.includes('closeRegistration') && (
            <Card title="Kết thúc nhận đăng ký">
              <p className="mb-3 text-sm text-slate-600">Kế hoạch chưa gửi sẽ không được tổng hợp. Các kế hoạch đã gửi tiếp tục được xem xét.</p>
              <ActionButton action={closeRegistrationAction} input={{ year }} variant="secondary" label="Kết thúc nhận đăng ký" confirm="Kết thúc nhận đăng ký kế hoạch?" />
            </Card>
          )}
          {o.events.includes('reopenRegistration') && (
            <Card title="Mở lại đăng ký">
              <ReasonForm kind="reopen" fixed={{ year }} action={reopenRegistrationAction} reasonLabel="Lý do mở lại" submitLabel="Mở lại đăng ký" />
            </Card>
          )}
          {followsAll && (
            <p className="text-sm">
              <Link href={`/ke-hoach/${year}/tong-hop`} className="text-brand-700 hover:underline">
                Xem kế hoạch tổng hợp →
              </Link>
            </p>
          )}
        </div>
      </div>
    </>
  );
}
