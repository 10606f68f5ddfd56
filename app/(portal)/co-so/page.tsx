import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
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
      {facilities.length === 0 ? (
        <EmptyState>Chưa có cơ sở nào.</EmptyState>
      ) : (
        <Table caption="Danh sách cơ sở CNNT">
          <thead>
            <tr>
              <Th>Tên cơ sở</Th>
              <Th>MST</Th>
              <Th>Loại hình</Th>
              <Th>Địa bàn</Th>
              <Th>Ngành nghề</Th>
              <Th numeric>Số đề án</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {facilities.map((f) => (
              <tr key={f.id}>
                <Td>
                  <Link href={`/co-so/${f.id}`} className="font-medium text-brand-700 hover:underline">
                    {f.name}
                  </Link>
                </Td>
                <Td className="tabular">{f.taxCode}</Td>
                <Td>{LEGAL_FORM_LABELS[f.legalForm]}</Td>
                <Td>
                  {adminUnitName(f.adminUnit)}
                  {f.adminUnit.formerArea ? <span className="block text-xs text-slate-500">{f.adminUnit.formerArea}</span> : null}
                </Td>
                <Td>{f.sector}</Td>
                <Td numeric>{f._count.projectLinks}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
