import type { Metadata } from 'next';
import { AmendmentDecisionForm } from '@/components/projects/amendment-decision-form';
import { AmendmentForm } from '@/components/projects/amendment-form';
import { AmendmentList } from '@/components/projects/amendment-list';
import { costLineValues } from '@/components/projects/cost-line-values';
import { ActionButton } from '@/components/ui/action-button';
import { ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { formatDate } from '@/lib/domain/format';
import { canRequestAmendment, canWithdrawAmendment, PROJECT_LIFECYCLE } from '@/lib/domain/lifecycle/project';
import { can } from '@/lib/domain/permissions';
import { findProjectFormOptions } from '@/lib/server/projects/find-project-form-options';
import { getProjectOrThrow } from '@/lib/server/projects/get-project';
import { decideAmendmentAction, requestAmendmentAction, withdrawAmendmentAction } from './actions';
import { requirePermission } from '@/lib/server/auth';
import { loadRecordPage } from '@/lib/server/record-page';

export const metadata: Metadata = { title: 'Điều chỉnh đề án' };

export default async function AmendmentsPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, record: project } = await loadRecordPage(params, (id) => requirePermission('project:read', `/de-an/${id}/dieu-chinh`), getProjectOrThrow);
  const mayRequest = canRequestAmendment(actor, project.status, project.amendments);
  const options = mayRequest ? await findProjectFormOptions(actor) : null;
  const mayDecide = can(actor, 'project:amend-decide');
  return (
    <>
      <PageHeader
        title={`Điều chỉnh đề án ${project.code}`}
        description={`${project.name} · phiên bản hiện tại ${project.version} · ${PROJECT_LIFECYCLE.statusLabels[project.status]}`}
        actions={<ButtonLink href={`/de-an/${project.id}`}>← Về đề án</ButtonLink>}
      />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <section aria-labelledby="versions" className="min-w-0 space-y-3">
          <h2 id="versions" className="text-base font-semibold text-slate-900">
            Các lần điều chỉnh và phiên bản
          </h2>
          <AmendmentList
            amendments={project.amendments}
            pendingActionsFor={(a) => (
              <>
                {mayDecide && <AmendmentDecisionForm amendmentId={a.id} large={a.scale === 'LARGE'} save={decideAmendmentAction} />}
                {canWithdrawAmendment(actor, a.status) && (
                  <ActionButton
                    action={withdrawAmendmentAction}
                    input={{ amendmentId: a.id }}
                    label="Rút đề nghị điều chỉnh"
                    variant="secondary"
                    confirm="Rút đề nghị điều chỉnh này? Sở Công Thương sẽ không xem xét đề nghị nữa; có thể lập đề nghị mới."
                  />
                )}
              </>
            )}
          />
        </section>
        {options && (
          <Card title="Đề nghị điều chỉnh mới">
            <AmendmentForm
              isGroup={project.isGroup}
              adminUnits={options.adminUnits}
              facilities={options.facilities}
              save={requestAmendmentAction}
              initial={{
                projectId: project.id,
                stop: false,
                reason: '',
                name: project.name,
                place: project.place ?? '',
                adminUnitId: project.adminUnitId ? String(project.adminUnitId) : '',
                startDate: formatDate(project.startDate),
                endDate: formatDate(project.endDate),
                description: project.description ?? '',
                expectedOutputs: project.expectedOutputs ?? '',
                targetQuantity: project.targetQuantity === null ? '' : String(project.targetQuantity),
                beneficiaries: project.beneficiaries.map((b) => ({ facilityId: b.facilityId, equipment: b.equipment ?? '' })),
                lines: costLineValues(project.costLines),
              }}
            />
          </Card>
        )}
      </div>
    </>
  );
}
