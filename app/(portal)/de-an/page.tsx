import type { Metadata } from 'next';
import { ProjectFilters } from '@/components/projects/project-filters';
import { ProjectList } from '@/components/projects/project-list';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { can } from '@/lib/domain/permissions';
import { projectListQuerySchema } from '@/lib/schemas/project';
import { requirePermission } from '@/lib/server/auth';
import { findProjectListPage } from '@/lib/server/projects/find-project-list-page';

export const metadata: Metadata = { title: 'Đề án' };

type Search = Record<string, string | string[] | undefined>;

/** The current filters as a query string, with some keys replaced (paging, export). */
function queryString(search: Search, changes: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) if (typeof value === 'string' && value !== '') params.set(key, value);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === '') params.delete(key);
    else params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePermission('project:read', '/de-an');
  const search = await searchParams;
  const query = projectListQuerySchema.parse(Object.fromEntries(Object.entries(search).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const { result, options } = await findProjectListPage(actor, query);
  return (
    <>
      <PageHeader
        title="Đề án khuyến công"
        description={`${result.total} đề án phù hợp trong phạm vi của bạn.`}
        actions={
          <>
            {can(actor, 'project:edit') && (
              <ButtonLink href="/de-an/moi" variant="primary">
                Tạo đề án
              </ButtonLink>
            )}
            <a href={`/de-an/xuat-excel${queryString(search, { page: undefined })}`} className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100">
              Xuất Excel
            </a>
          </>
        }
      />
      <ProjectFilters query={query} options={options} />
      {result.rows.length === 0 ? (
        <EmptyState>Không có đề án nào phù hợp.</EmptyState>
      ) : (
        <ProjectList rows={result.rows} />
      )}
      {result.pageCount > 1 && (
        <nav aria-label="Phân trang" className="mt-4 flex flex-wrap items-center gap-2 text-sm">
          {result.page > 1 && <ButtonLink href={`/de-an${queryString(search, { page: result.page - 1 })}`}>← Trang trước</ButtonLink>}
          <span>
            Trang {result.page}/{result.pageCount}
          </span>
          {result.page < result.pageCount && <ButtonLink href={`/de-an${queryString(search, { page: result.page + 1 })}`}>Trang sau →</ButtonLink>}
        </nav>
      )}
    </>
  );
}
