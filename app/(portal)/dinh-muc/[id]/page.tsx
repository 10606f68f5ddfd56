import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { NormForm } from '@/components/projects/norm-form';
import { ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { formatDate, formatNumber } from '@/lib/domain/format';
import { formatBasisPoints } from '@/lib/domain/percent';
import { canEditNorm, getNormOrThrow } from '@/lib/server/norms/find-norms';
import { findContentCategoryOptions } from '@/lib/server/projects/find-project-form-options';
import { updateNormAction } from '../actions';
import { requirePermission } from '@/lib/server/auth';
import { loadRecordPage } from '@/lib/server/record-page';

export const metadata: Metadata = { title: 'Sửa mức chi' };

export default async function EditNormPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, record: norm } = await loadRecordPage(params, (id) => requirePermission('norm:edit', `/dinh-muc/${id}`), getNormOrThrow);
  if (!canEditNorm(actor, norm)) forbidden();
  const categories = await findContentCategoryOptions();
  return (
    <>
      <PageHeader title={`Sửa mức chi ${norm.contentCategory.code}`} description={norm.legalBasis} actions={<ButtonLink href="/dinh-muc">← Định mức chi</ButtonLink>} />
      <Card>
        <NormForm
          initial={{
            id: norm.id,
            contentCategoryId: String(norm.contentCategoryId),
            fundingSource: norm.fundingSource,
            maxShareBp: norm.maxShareBp === null ? '' : formatBasisPoints(norm.maxShareBp),
            ceilingVnd: norm.ceilingVnd === null ? '' : norm.ceilingVnd.toString(),
            ceilingScope: norm.ceilingScope,
            priorityMultiplierBp: norm.priorityMultiplierBp === null ? '' : formatNumber(norm.priorityMultiplierBp / 10_000),
            legalBasis: norm.legalBasis,
            validFrom: formatDate(norm.validFrom),
            validTo: formatDate(norm.validTo),
            note: norm.note ?? '',
          }}
          categories={categories}
          save={updateNormAction}
          submitLabel="Lưu thay đổi"
        />
      </Card>
    </>
  );
}
