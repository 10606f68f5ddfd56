import type { Metadata } from 'next';
import { BeneficiariesForm } from '@/components/projects/beneficiaries-form';
import { ProjectGeneralForm } from '@/components/projects/project-general-form';
import { generalFormValues } from '@/components/projects/project-form-values';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { PROJECT_EDITABLE_STATES, PROJECT_LIFECYCLE } from '@/lib/domain/lifecycle/project';
import { findProjectFormOptions } from '@/lib/server/projects/find-project-form-options';
import { getProjectOrThrow } from '@/lib/server/projects/get-project';
import { setBeneficiariesAction, updateProjectAction } from './actions';
import { requirePermission } from '@/lib/server/auth';
import { loadRecordPage } from '@/lib/server/record-page';

export const metadata: Metadata = { title: 'Sửa hồ sơ đề án' };

export default async function EditProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, record: project } = await loadRecordPage(params, (id) => requirePermission('project:edit', `/de-an/${id}/sua`), getProjectOrThrow);
  const back = <ButtonLink href={`/de-an/${project.id}`}>← Về đề án</ButtonLink>;
  if (!PROJECT_EDITABLE_STATES.includes(project.status)) {
    return (
      <>
        <PageHeader title={`Sửa hồ sơ ${project.code}`} actions={back} />
        <Alert tone="warning" title={`Đề án đang "${PROJECT_LIFECYCLE.statusLabels[project.status]}"`}>
          Hồ sơ chỉ sửa được khi ở trạng thái Dự thảo. Đề án đã phê duyệt thay đổi qua đề nghị điều chỉnh.
        </Alert>
      </>
    );
  }
  const options = await findProjectFormOptions(actor);
  return (
    <>
      <PageHeader title={`Sửa hồ sơ ${project.code}`} description={project.name} actions={back} />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Card title="Thông tin chung">
          <ProjectGeneralForm initial={generalFormValues(project)} options={options} save={updateProjectAction} submitLabel="Lưu thông tin chung" />
        </Card>
        <Card title="Cơ sở thụ hưởng">
          <BeneficiariesForm
            projectId={project.id}
            isGroup={project.isGroup}
            initial={project.beneficiaries.map((b) => ({ facilityId: b.facilityId, equipment: b.equipment ?? '' }))}
            facilities={options.facilities}
            save={setBeneficiariesAction}
          />
        </Card>
      </div>
    </>
  );
}
