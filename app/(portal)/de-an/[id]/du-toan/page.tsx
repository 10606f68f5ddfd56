import type { Metadata } from 'next';
import { costLineValues } from '@/components/projects/cost-line-values';
import { CostLinesForm } from '@/components/projects/cost-lines-form';
import { NormCard } from '@/components/projects/norm-card';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { isPlanProjectAwaitingEstimate, PROJECT_EDITABLE_STATES } from '@/lib/domain/lifecycle/project';
import { findProjectNorm } from '@/lib/server/projects/find-project-norm';
import { getProjectOrThrow } from '@/lib/server/projects/get-project';
import { replaceCostLinesAction } from './actions';
import { requirePermission } from '@/lib/server/auth';
import { loadRecordPage } from '@/lib/server/record-page';

export const metadata: Metadata = { title: 'Dự toán đề án' };

export default async function CostLinesPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, record: project } = await loadRecordPage(params, (id) => requirePermission('project:edit', `/de-an/${id}/du-toan`), getProjectOrThrow);
  const norm = await findProjectNorm(actor, project);
  const editable = PROJECT_EDITABLE_STATES.includes(project.status) || isPlanProjectAwaitingEstimate(project);
  return (
    <>
      <PageHeader title={`Dự toán ${project.code}`} description={project.name} actions={<ButtonLink href={`/de-an/${project.id}`}>← Về đề án</ButtonLink>} />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <div className="min-w-0 lg:col-span-2">
          <Card title="Dự toán chi tiết">
            {editable ? (
              <CostLinesForm
                projectId={project.id}
                initial={costLineValues(project.costLines)}
                facilities={project.isGroup ? project.beneficiaries.map((b) => ({ value: b.facilityId, label: b.facility.name })) : null}
                save={replaceCostLinesAction}
              />
            ) : (
              <Alert tone="warning">Dự toán chỉ sửa được khi đề án ở trạng thái Dự thảo; sau phê duyệt, thay đổi qua đề nghị điều chỉnh.</Alert>
            )}
          </Card>
        </div>
        <NormCard result={norm} exceptionNote={project.normExceptionNote} />
      </div>
    </>
  );
}
