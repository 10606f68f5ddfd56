import type { Metadata } from 'next';
import { ProgrammeStatusBadge } from '@/components/programmes/programme-status-badge';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { DataTable, RowLink, WithNote } from '@/components/ui/table';
import { decisionRef } from '@/lib/domain/format';
import { FUNDING_LEVEL_SHORT } from '@/lib/domain/labels';
import { can } from '@/lib/domain/permissions';
import { requirePermission } from '@/lib/server/auth';
import { findProgrammes } from '@/lib/server/programmes/find-programmes';

export const metadata = { title: 'Chương trình khuyến công' } satisfies Metadata;

export default async function ProgrammesPage() {
  const actor = await requirePermission('programme:read', '/chuong-trinh');
  const programmes = await findProgrammes(actor);
  return (
    <>
      <PageHeader
        title={metadata.title}
        description="Chương trình 5 năm với mục tiêu và phụ lục chỉ tiêu theo năm."
        actions={can(actor, 'programme:edit') ? <ButtonLink href="/chuong-trinh/moi" variant="primary">Tạo chương trình</ButtonLink> : undefined}
      />
      <DataTable
        caption="Danh sách chương trình khuyến công"
        rows={programmes}
        empty="Chưa có chương trình nào."
        columns={[
          { header: 'Mã', cell: (p) => p.code, className: 'whitespace-nowrap' },
          { header: 'Tên chương trình', cell: (p) => <WithNote note={actor.role === 'MINISTRY_OFFICER' && p.province.name}><RowLink href={`/chuong-trinh/${p.id}`}>{p.name}</RowLink></WithNote> },
          { header: 'Cấp', cell: (p) => FUNDING_LEVEL_SHORT[p.level] },
          { header: 'Giai đoạn', cell: (p) => <>{p.startYear}–{p.endYear}</>, className: 'whitespace-nowrap' },
          { header: 'Quyết định phê duyệt', cell: (p) => (decisionRef(p.decision) ?? '—') },
          { header: 'Số chỉ tiêu', cell: (p) => p._count.targets, numeric: true },
          { header: 'Trạng thái', cell: (p) => <ProgrammeStatusBadge status={p.status} /> },
        ]}
      />
    </>
  );
}
