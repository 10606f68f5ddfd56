import type { Metadata } from 'next';
import { SupportRequestForm } from '@/components/beneficiary/support-request-form';
import { PageHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/server/auth';
import { forPage } from '@/lib/server/authz';
import { findSupportRequestOptions } from '@/lib/server/support-requests/get-support-request-page';
import { getApplyingFacilityOrThrow } from '@/lib/server/support-requests/support-request-access';
import { checkSupportRequestAction, saveSupportRequestAction } from '../actions';

export const metadata = { title: 'Lập đề nghị hỗ trợ' } satisfies Metadata;

export default async function NewSupportRequestPage() {
  const actor = await requirePermission('support-request:apply', '/de-nghi-ho-tro/moi');
  await forPage(getApplyingFacilityOrThrow(actor));
  const { year, categories } = await findSupportRequestOptions(actor);
  return (
    <>
      <PageHeader title={metadata.title} description={`Đề nghị cho kế hoạch khuyến công năm ${year}. Lưu để soạn tiếp, rồi gửi UBND xã.`} />
      <div className="max-w-2xl rounded-lg border border-slate-200 bg-white p-4">
        <SupportRequestForm
          categories={categories}
          initial={{ requestId: '', title: '', contentCategoryId: '', equipment: '', description: '', totalCostVnd: '', counterpartVnd: '' }}
          saveAction={saveSupportRequestAction}
          checkAction={checkSupportRequestAction}
        />
      </div>
    </>
  );
}
