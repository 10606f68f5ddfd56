import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { CollaboratorProposeForm } from '@/components/collaborators/collaborator-forms';
import { StatusBadge } from '@/components/ui/badge';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { formatDate } from '@/lib/domain/format';
import { COLLABORATOR_LIFECYCLE } from '@/lib/domain/lifecycle/collaborator';
import { formatVnd } from '@/lib/domain/money';
import { can } from '@/lib/domain/permissions';
import { collaboratorListQuerySchema } from '@/lib/schemas/outputs';
import { firstValues } from '@/lib/schemas/query';
import { requirePermission } from '@/lib/server/auth';
import { findCollaborators } from '@/lib/server/collaborators/find-collaborators';
import { findAdminUnitOptions } from '@/lib/server/inspections/inspection-form-options';
import { proposeCollaboratorAction } from './actions';

export const metadata = { title: 'Cộng tác viên khuyến công' } satisfies Metadata;

/** Cộng tác viên khuyến công theo xã (seed 001 Điều 2.1c). */
export default async function CollaboratorsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission('collaborator:read', '/cong-tac-vien');
  const query = collaboratorListQuerySchema.parse(firstValues(await searchParams));
  const rows = await findCollaborators(actor, { adminUnitId: query.xa });
  const mayPropose = can(actor, 'collaborator:propose');
  const adminUnits = mayPropose ? await findAdminUnitOptions(actor) : null;
  return (
    <>
      <PageHeader title={metadata.title} description="Danh sách theo xã do Sở Công Thương đề xuất, quyết định công nhận, hoạt động và thù lao đã chi." />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <div className="min-w-0 lg:col-span-2">
          {rows.length === 0 ? (
            <EmptyState>Chưa có cộng tác viên nào.</EmptyState>
          ) : (
            <ul className="grid grid-cols-1 gap-3 md:grid-cols-2" aria-label="Danh sách cộng tác viên">
              {rows.map((c) => (
                <li key={c.id} className="min-w-0 rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm">
                  <p className="flex flex-wrap items-center gap-2">
                    <StatusBadge look={COLLABORATOR_LIFECYCLE.states[c.status]} />
                    <Link href={`/cong-tac-vien/${c.id}`} className="font-medium text-brand-700 underline">
                      {c.fullName}
                    </Link>
                  </p>
                  <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1">
                    <div>
                      <dt className="text-xs text-slate-500">Xã</dt>
                      <dd>{c.adminUnit.name}</dd>
                    </div>
                    <div>
                      <dt className="text-xs text-slate-500">Quyết định</dt>
                      <dd>{c.approvalDecision ? `${c.approvalDecision.number}, ${formatDate(c.approvalDecision.issuedOn)}` : '—'}</dd>
                    </div>
                    <div>
                      <dt className="text-xs text-slate-500">Hoạt động</dt>
                      <dd className="tabular">{c.activityCount}</dd>
                    </div>
                    <div>
                      <dt className="text-xs text-slate-500">Thù lao đã chi</dt>
                      <dd className="tabular whitespace-nowrap">{formatVnd(c.supportVnd)}</dd>
                    </div>
                  </dl>
                </li>
              ))}
            </ul>
          )}
        </div>
        {adminUnits && (
          <div className="min-w-0">
            <Card title="Đề xuất cộng tác viên">
              <CollaboratorProposeForm adminUnits={adminUnits} save={proposeCollaboratorAction} />
            </Card>
          </div>
        )}
      </div>
    </>
  );
}
