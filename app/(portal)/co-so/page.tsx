import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { PageHeader } from '@/components/ui/card';
import { DataTable, RowLink, WithNote } from '@/components/ui/table';
import { adminUnitName, LEGAL_FORM_LABELS } from '@/lib/domain/labels';
import { requirePermission } from '@/lib/server/auth';
import { findFacilities } from '@/lib/server/facilities/find-facilities';

export const metadata: Metadata = { title: 'Cơ sở CNNT' };

export default async function FacilitiesPage() {
  const actor = await requirePermission('facility:read', '/co-so');
  const facilities = await findFacilities(actor);
  return (
    <>
      <PageHeader
        title="Cơ sở công nghiệp nông thôn"
        description={`${facilities.length} cơ sở trong phạm vi của bạn.`}
        actions={
          <Link href="/co-so/cho-xac-minh" className="font-medium text-brand-700 hover:underline">
            Cơ sở tự đăng ký chờ xác minh
          </Link>
        }
      />
      <DataTable
        caption="Danh sách cơ sở CNNT"
        rows={facilities}
        empty="Chưa có cơ sở nào."
        columns={[
          { header: 'Cơ sở', cell: (f) => <WithNote note={`MST ${f.taxCode}`}><RowLink href={`/co-so/${f.id}`}>{f.name}</RowLink></WithNote> },
          { header: 'Loại hình', cell: (f) => LEGAL_FORM_LABELS[f.legalForm] },
          { header: 'Địa bàn', cell: (f) => <WithNote note={f.adminUnit.formerArea}>{adminUnitName(f.adminUnit)}</WithNote> },
          { header: 'Ngành nghề', cell: (f) => f.sector },
          { header: 'Số đề án', cell: (f) => f._count.projectLinks, numeric: true },
        ]}
      />
    </>
  );
}
