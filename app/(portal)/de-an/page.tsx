import type { Metadata } from 'next';
import Link from 'next/link';
import { ProjectStatusBadge } from '@/components/projects/project-status-badge';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { adminUnitName, FUNDING_LEVEL_SHORT } from '@/lib/domain/labels';
import { formatVndPlain } from '@/lib/domain/money';
import { requirePermission } from '@/lib/server/auth';
import { findProjects } from '@/lib/server/projects/find-projects';

export const metadata: Metadata = { title: 'Đề án' };

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePermission('project:read', '/de-an');
  const { page } = await searchParams;
  const result = await findProjects(actor, { page: Number(page) || 1 });
  return (
    <>
      <PageHeader title="Đề án khuyến công" description={`${result.total} đề án trong phạm vi của bạn.`} />
      {result.rows.length === 0 ? (
        <EmptyState>Chưa có đề án nào.</EmptyState>
      ) : (
        <Table caption="Danh sách đề án">
          <thead>
            <tr>
              <Th>Mã</Th>
              <Th>Tên đề án</Th>
              <Th>Năm</Th>
              <Th>Nguồn</Th>
              <Th>Nội dung</Th>
              <Th>Địa bàn</Th>
              <Th numeric>Hỗ trợ (đồng)</Th>
              <Th>Trạng thái</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {result.rows.map((p) => (
              <tr key={p.id}>
                <Td className="whitespace-nowrap">{p.code}</Td>
                <Td>
                  <Link href={`/de-an/${p.id}`} className="font-medium text-brand-700 hover:underline">
                    {p.name}
                  </Link>
                </Td>
                <Td>{p.year}</Td>
                <Td>{FUNDING_LEVEL_SHORT[p.fundingLevel]}</Td>
                <Td>{p.contentCategory.code}</Td>
                <Td>{adminUnitName(p.adminUnit)}</Td>
                <Td numeric>{formatVndPlain(p.approvedSupportVnd ?? p.stateSupportVnd)}</Td>
                <Td>
                  <ProjectStatusBadge status={p.status} />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
