import type { Metadata } from 'next';
import { DecisionLinks } from '@/components/projects/decision-links';
import { ButtonLink, FilterButtons } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { Field, FilterChoice, Input } from '@/components/ui/field';
import { DataTable } from '@/components/ui/table';
import { formatDate } from '@/lib/domain/format';
import { labelOptions } from '@/lib/domain/labels';
import { decisionListQuerySchema, type DecisionListQuery } from '@/lib/schemas/decision';
import { requirePermission } from '@/lib/server/auth';
import { DECISION_KIND_LABELS, findDecisions } from '@/lib/server/decisions/find-decisions';

export const metadata = { title: 'Sổ quyết định' } satisfies Metadata;

type Search = Record<string, string | string[] | undefined>;

function link(query: DecisionListQuery, page: number): string {
  const params = new URLSearchParams(Object.entries({ ...query, page }).filter(([, v]) => v).map(([k, v]) => [k, String(v)]));
  return `/quyet-dinh?${params.toString()}`;
}

export default async function DecisionsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePermission('decision:read', '/quyet-dinh');
  const search = await searchParams;
  const query = decisionListQuerySchema.parse(search);
  const { q, kind, year } = query;
  const result = await findDecisions(actor, query);
  return (
    <>
      <PageHeader title={metadata.title} description={`${result.total} quyết định: chương trình, kế hoạch, đề án, điều chỉnh, nghiệm thu, quyết toán.`} />
      <form method="get" role="search" aria-label="Tìm quyết định" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4 sm:items-end">
        <div className="sm:col-span-2">
          <Field id="dq" label="Tìm kiếm" hint="Số/ký hiệu, trích yếu, cơ quan, người ký — có dấu hay không dấu">
            <Input id="dq" name="q" type="search" defaultValue={q ?? ''} aria-describedby="dq-hint" />
          </Field>
        </div>
        <FilterChoice id="dkind" label="Loại quyết định" name="kind" value={kind ?? ''} options={labelOptions(DECISION_KIND_LABELS)} all="Tất cả" />
        <Field id="dyear" label="Năm ban hành">
          <Input id="dyear" name="year" inputMode="numeric" defaultValue={year ?? ''} />
        </Field>
        <FilterButtons label="Tìm" clearHref="/quyet-dinh" className="flex gap-2 sm:col-span-4" />
      </form>
      <DataTable
        caption="Sổ quyết định"
        rows={result.rows}
        empty="Không có quyết định nào phù hợp."
        columns={[
          { header: 'Số/ký hiệu', cell: (d) => d.number, className: 'whitespace-nowrap font-medium' },
          { header: 'Ngày', cell: (d) => formatDate(d.issuedOn), className: 'whitespace-nowrap' },
          { header: 'Loại', cell: (d) => DECISION_KIND_LABELS[d.kind], className: 'min-w-32' },
          { header: 'Trích yếu', cell: (d) => d.summary, className: 'min-w-56' },
          {
            header: 'Cơ quan ban hành, người ký',
            cell: (d) => (
              <>
                {d.issuer}
                <span className="block text-xs text-slate-500">
                  {d.signerTitle ? `${d.signerTitle} ` : ''}
                  {d.signer}
                </span>
              </>
            ),
            className: 'min-w-40',
          },
          { header: 'Căn cứ', cell: (d) => d.legalBasis ?? '—', className: 'min-w-40 text-xs' },
          {
            header: 'Tệp',
            cell: (d) => (
              d.documentId ? (
                <a href={`/api/tai-lieu/${d.documentId}`} className="text-brand-700 hover:underline">
                  Tải về
                </a>
              ) : (
                '—'
              )
            ),
          },
          { header: 'Quyết định về', cell: (d) => <DecisionLinks decision={d} />, className: 'min-w-40' },
        ]}
      />
      {result.pageCount > 1 && (
        <nav aria-label="Phân trang" className="mt-4 flex flex-wrap items-center gap-2 text-sm">
          {result.page > 1 && <ButtonLink href={link(query, result.page - 1)}>← Trang trước</ButtonLink>}
          <span>
            Trang {result.page}/{result.pageCount}
          </span>
          {result.page < result.pageCount && <ButtonLink href={link(query, result.page + 1)}>Trang sau →</ButtonLink>}
        </nav>
      )}
    </>
  );
}
