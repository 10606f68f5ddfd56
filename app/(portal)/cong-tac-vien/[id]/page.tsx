import type { Metadata } from 'next';
import { CollaboratorActivityForm, CollaboratorApproveForm, CollaboratorEndForm } from '@/components/collaborators/collaborator-forms';
import { StatusBadge } from '@/components/ui/badge';
import { Card, DetailCard, EmptyState, PageHeader } from '@/components/ui/card';
import { formatDate } from '@/lib/domain/format';
import { COLLABORATOR_ACTIVE_STATES, COLLABORATOR_LIFECYCLE } from '@/lib/domain/lifecycle/collaborator';
import { canFire } from '@/lib/domain/lifecycle/machine';
import { formatVnd } from '@/lib/domain/money';
import { can } from '@/lib/domain/permissions';
import { requirePermission } from '@/lib/server/auth';
import { forPage } from '@/lib/server/authz';
import { getCollaboratorOrThrow } from '@/lib/server/collaborators/find-collaborators';
import { idFromParam } from '@/lib/server/page-params';
import { approveCollaboratorAction, collaboratorActivityAction, endCollaboratorAction } from '../actions';

export const metadata: Metadata = { title: 'Cộng tác viên' };

export default async function CollaboratorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission('collaborator:read', `/cong-tac-vien/${id}`);
  const { collaborator: c, supportVnd } = await forPage(getCollaboratorOrThrow(actor, idFromParam(id)));
  const mayRecord = can(actor, 'collaborator:propose') && COLLABORATOR_ACTIVE_STATES.includes(c.status);
  return (
    <>
      <PageHeader
        title={c.fullName}
        description={`Cộng tác viên khuyến công xã ${c.adminUnit.name}`}
        status={<StatusBadge look={COLLABORATOR_LIFECYCLE.states[c.status]} />}
      />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <div className="min-w-0 space-y-4 lg:col-span-2">
          <DetailCard
            title="Thông tin"
            items={[
              { label: 'Năm sinh', value: c.birthYear ?? '—' },
              { label: 'Chức vụ, nơi công tác', value: c.position ?? '—' },
              { label: 'Điện thoại', value: c.phone ?? '—' },
              { label: 'Ngày đề xuất', value: `${formatDate(c.proposedOn)} (${c.proposedBy.fullName})` },
              { label: 'Quyết định công nhận', value: c.approvalDecision ? `${c.approvalDecision.number}, ngày ${formatDate(c.approvalDecision.issuedOn)}, ${c.approvalDecision.signer}` : '—' },
              { label: 'Ngày thôi', value: c.endedOn ? formatDate(c.endedOn) : '—' },
              { label: 'Thù lao, hỗ trợ đã chi', value: <span className="tabular">{formatVnd(supportVnd)}</span> },
            ]}
          />
          <Card title="Hoạt động">
            {c.activities.length === 0 ? (
              <EmptyState>Chưa ghi hoạt động nào.</EmptyState>
            ) : (
              <ul className="space-y-2 text-sm" aria-label="Các hoạt động">
                {c.activities.map((a) => (
                  <li key={a.id} className="rounded-md border border-slate-200 p-2">
                    <p className="flex flex-wrap justify-between gap-2">
                      <span>{formatDate(a.occurredOn)}</span>
                      <span className="tabular whitespace-nowrap font-medium">{formatVnd(a.supportVnd)}</span>
                    </p>
                    <p className="break-words">{a.description}</p>
                    <p className="text-xs text-slate-500">Người ghi: {a.recordedBy.fullName}</p>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
        <div className="min-w-0 space-y-3">
          {canFire(COLLABORATOR_LIFECYCLE, 'approve', actor, c.status) && <CollaboratorApproveForm collaboratorId={c.id} save={approveCollaboratorAction} />}
          {mayRecord && (
            <Card title="Ghi hoạt động">
              <CollaboratorActivityForm collaboratorId={c.id} save={collaboratorActivityAction} />
            </Card>
          )}
          {canFire(COLLABORATOR_LIFECYCLE, 'end', actor, c.status) && <CollaboratorEndForm collaboratorId={c.id} save={endCollaboratorAction} />}
        </div>
      </div>
    </>
  );
}
