import type { Metadata } from 'next';
import { ProgrammeCreateForm } from '@/components/programmes/programme-create-form';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/server/auth';
import { createProgrammeAction } from '../actions';

export const metadata = { title: 'Tạo chương trình khuyến công' } satisfies Metadata;

export default async function NewProgrammePage() {
  await requirePermission('programme:edit', '/chuong-trinh/moi');
  return (
    <>
      <PageHeader title={metadata.title} description="Chương trình được tạo ở trạng thái dự thảo; sau đó nhập phụ lục chỉ tiêu (gõ trực tiếp hoặc từ Excel) rồi phê duyệt." />
      <Card>
        <ProgrammeCreateForm create={createProgrammeAction} />
      </Card>
    </>
  );
}
