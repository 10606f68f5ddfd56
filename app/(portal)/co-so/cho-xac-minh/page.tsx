import type { Metadata } from 'next';
import { ReasonForm } from '@/components/beneficiary/reason-form';
import { ActionButton } from '@/components/ui/action-button';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { formatDateTime } from '@/lib/domain/format';
import { adminUnitName, LEGAL_FORM_LABELS } from '@/lib/domain/labels';
import { requirePermission } from '@/lib/server/auth';
import { findPendingFacilities } from '@/lib/server/facilities/find-pending-facilities';
import { decideFacilityAction } from './actions';

export const metadata: Metadata = { title: 'Cơ sở chờ xác minh' };

export default async function PendingFacilitiesPage() {
  const actor = await requirePermission('facility:read', '/co-so/cho-xac-minh');
  const { rows, canDecide } = await findPendingFacilities(actor);
  return (
    <>
      <PageHeader title="Cơ sở tự đăng ký chờ xác minh" description="Kiểm tra tên, mã số thuế, địa chỉ sản xuất với thực tế tại xã; xác minh, hoặc từ chối kèm lý do." />
      {rows.length === 0 ? (
        <EmptyState>Không có cơ sở nào chờ xác minh.</EmptyState>
      ) : (
        <ul className="space-y-4">
          {rows.map((f) => (
            <li key={f.id}>
              <Card title={f.name}>
                <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
                  <div><dt className="inline text-slate-500">MST: </dt><dd className="inline font-medium">{f.taxCode}</dd></div>
                  <div><dt className="inline text-slate-500">Loại hình: </dt><dd className="inline">{LEGAL_FORM_LABELS[f.legalForm]}</dd></div>
                  <div><dt className="inline text-slate-500">Người đại diện: </dt><dd className="inline">{f.representative}</dd></div>
                  <div><dt className="inline text-slate-500">Điện thoại: </dt><dd className="inline">{f.phone}</dd></div>
                  <div><dt className="inline text-slate-500">Địa bàn: </dt><dd className="inline">{adminUnitName(f.adminUnit)}</dd></div>
                  <div><dt className="inline text-slate-500">Địa chỉ: </dt><dd className="inline break-words">{f.address}</dd></div>
                  <div><dt className="inline text-slate-500">Ngành nghề: </dt><dd className="inline">{f.sector}</dd></div>
                  <div><dt className="inline text-slate-500">Số lao động: </dt><dd className="inline">{f.workers ?? '—'}</dd></div>
                  <div><dt className="inline text-slate-500">Tài khoản: </dt><dd className="inline break-all">{f.users.map((u) => u.username).join(', ')}</dd></div>
                  <div><dt className="inline text-slate-500">Đăng ký lúc: </dt><dd className="inline">{formatDateTime(f.createdAt)}</dd></div>
                </dl>
                {canDecide && (
                  <div className="mt-4 grid gap-4 sm:grid-cols-2">
                    <ActionButton action={decideFacilityAction} input={{ facilityId: f.id, decision: 'verify' as const }} label={`Xác minh ${f.name}`} />
                    <ReasonForm
                      kind="facility"
                      fixed={{ facilityId: f.id, decision: 'refuse' }}
                      action={decideFacilityAction as never}
                      label="Từ chối đăng ký"
                      fieldLabel="Lý do từ chối"
                      idPrefix={`facility-${f.id}`}
                    />
                  </div>
                )}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
