import type { Metadata } from 'next';
import { NormForm } from '@/components/projects/norm-form';
import { ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/server/auth';
import { findContentCategoryOptions } from '@/lib/server/projects/find-project-form-options';
import { createNormAction } from '../actions';

export const metadata = { title: 'Thêm mức chi' } satisfies Metadata;

export default async function NewNormPage() {
  await requirePermission('norm:edit', '/dinh-muc/moi');
  const categories = await findContentCategoryOptions();
  return (
    <>
      <PageHeader title={metadata.title} description="Mức chi của địa phương; mức chi trung ương do văn bản của Bộ Tài chính quy định." actions={<ButtonLink href="/dinh-muc">← Định mức chi</ButtonLink>} />
      <Card>
        <NormForm
          initial={{ contentCategoryId: '', fundingSource: 'KCDP', maxShareBp: '', ceilingVnd: '', ceilingScope: 'PER_PROJECT', priorityMultiplierBp: '', legalBasis: '', validFrom: '', validTo: '', note: '' }}
          categories={categories}
          save={createNormAction}
          submitLabel="Lưu mức chi"
        />
      </Card>
    </>
  );
}
