import type { Metadata } from 'next';
import { ProjectGeneralForm } from '@/components/projects/project-general-form';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/server/auth';
import { findProjectFormOptions } from '@/lib/server/projects/find-project-form-options';
import { createProjectAction } from './actions';
import { now as clockNow } from '@/lib/server/clock';
import { yearInVietnam } from '@/lib/domain/plan-deadline';

export const metadata: Metadata = { title: 'Tạo đề án' };

export default async function NewProjectPage() {
  const actor = await requirePermission('project:edit', '/de-an/moi');
  const options = await findProjectFormOptions(actor);
  const nextYear = yearInVietnam(clockNow()) + 1;
  return (
    <>
      <PageHeader title="Tạo đề án khuyến công" description="Mã đề án được cấp tự động theo nguồn kinh phí và năm. Sau khi tạo, chọn cơ sở thụ hưởng, lập dự toán và tải hồ sơ." />
      <Card>
        <ProjectGeneralForm
          initial={{ name: '', year: String(nextYear), fundingLevel: 'KCDP', contentCategoryId: '', programmeTargetId: '', targetQuantity: '', adminUnitId: '', place: '', startDate: '', endDate: '', description: '', expectedOutputs: '', isGroup: false, isPilot: false, priorityArea: false }}
          options={options}
          save={createProjectAction}
          submitLabel="Tạo đề án"
        />
      </Card>
    </>
  );
}
