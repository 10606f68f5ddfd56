import type { Metadata } from 'next';
import Link from 'next/link';
import { ProgrammeStatusBadge } from '@/components/programmes/programme-status-badge';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { formatDate } from '@/lib/domain/format';
import { FUNDING_LEVEL_SHORT } from '@/lib/domain/labels';
import { can } from '@/lib/domain/permissions';
import { requirePermission } from '@/lib/server/auth';
import { findProgrammes } from '@/lib/server/programmes/find-programmes';

export const metadata: Metadata = { title: 'Chương trình khuyến công' };

export default async function ProgrammesPage() {
  const actor = await requirePermission('programme:read', '/chuong-trinh');
  const programmes = await findProgrammes(actor);
  return (
    <>
      <PageHeader
        title="Chương trình khuyến công"
        description="Chương trình 5 năm với mục tiêu và phụ lục chỉ tiêu theo năm."
        actions={can(actor, 'programme:edit') ? <ButtonLink href="/chuong-trinh/moi" variant="primary">Tạo chương trình</ButtonLink> : undefined}
      />
      {programmes.length === 0 ? (
        <EmptyState>Chưa có chương trình nào.</EmptyState>
      ) : (
        <Table caption="Danh sách chương trình khuyến công">
          <thead>
            <tr>
              <Th>Mã</Th>
              <Th>Tên chương trình</Th>
              <Th>Cấp</Th>
              <Th>Giai đoạn</Th>
              <Th>Quyết định phê duyệt</Th>
              <Th numeric>Số chỉ tiêu</Th>
              <Th>Trạng thái</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {programmes.map((p) => (
              <tr key={p.id}>
                <Td className="whitespace-nowrap">{p.code}</Td>
                <Td>
                  <Link href={`/chuong-trinh/${p.id}`} className="font-medium text-brand-700 hover:underline">
                    {p.name}
                  </Link>
                  {actor.role === 'MINISTRY_OFFICER' && <span className="block text-xs text-slate-500">{p.province.name}</span>}
                </Td>
                <Td>{FUNDING_LEVEL_SHORT[p.level]}</Td>
                <Td className="whitespace-nowrap">
                  {p.startYear}–{p.endYear}
                </Td>
                <Td>{p.decision ? `${p.decision.number} ngày ${formatDate(p.decision.issuedOn)}` : '—'}</Td>
                <Td numeric>{p._count.targets}</Td>
                <Td>
                  <ProgrammeStatusBadge status={p.status} />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
