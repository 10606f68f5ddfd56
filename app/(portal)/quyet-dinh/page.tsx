import type { Metadata } from 'next';
import { DecisionLinks } from '@/components/projects/decision-links';
import { Button, ButtonLink } from '@/components/ui/button';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { Field, Input, Select } from '@/components/ui/field';
import { Table, Td, Th } from '@/components/ui/table';
import { formatDate } from '@/lib/domain/format';
import { decisionListQuerySchema, type DecisionListQuery } from '@/lib/schemas/decision';
import { requirePermission } from '@/lib/server/auth';
import { DECISION_KIND_LABELS, findDecisions } from '@/lib/server/decisions/find-decisions';

export const metadata: Metadata = { title: 'Sổ quyết định' };

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
      <PageHeader title="Sổ quyết định" description={`${result.total} quyết định: chương trình, kế hoạch, đề án, điều chỉnh, nghiệm thu, quyết toán.`} />
      <form method="get" role="search" aria-label="Tìm quyết định" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4 sm:items-end">
        <div className="sm:col-span-2">
          <Field id="dq" label="Tìm kiếm" hint="Số/ký hiệu, trích yếu, cơ quan, người ký — có dấu hay không dấu">
            <Input id="dq" name="q" type="search" defaultValue={q ?? ''} aria-describedby="dq-hint" />
          </Field>
        </div>
        <Field id="dkind" label="Loại quyết định">
          <Select id="dkind" name="kind" defaultValue={kind ?? ''}>
            <option value="">Tất cả</option>
            {Object.entries(DECISION_KIND_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="dyear" label="Năm ban hành">
          <Input id="dyear" name="year" inputMode="numeric" defaultValue={year ?? ''} />
        </Field>
        <div className="flex gap-2 sm:col-span-4">
          <Button type="submit">Tìm</Button>
          <ButtonLink href="/quyet-dinh" variant="ghost">
            Xoá bộ lọc
          </ButtonLink>
        </div>
      </form>
      {result.rows.length === 0 ? (
        <EmptyState>Không có quyết định nào phù hợp.</EmptyState>
      ) : (
        <Table caption="Sổ quyết định">
          <thead>
            <tr>
              <Th>Số/ký hiệu</Th>
              <Th>Ngày</Th>
              <Th>Loại</Th>
              <Th>Trích yếu</Th>
              <Th>Cơ quan ban hành, người ký</Th>
              <Th>Căn cứ</Th>
              <Th>Tệp</Th>
              <Th>Quyết định về</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {result.rows.map((d) => (
              <tr key={d.id}>
                <Td className="whitespace-nowrap font-medium">{d.number}</Td>
                <Td className="whitespace-nowrap">{formatDate(d.issuedOn)}</Td>
                <Td className="min-w-32">{DECISION_KIND_LABELS[d.kind]}</Td>
                <Td className="min-w-56">{d.summary}</Td>
                <Td className="min-w-40">
                  {d.issuer}
                  <span className="block text-xs text-slate-500">
                    {d.signerTitle ? `${d.signerTitle} ` : ''}
                    {d.signer}
                  </span>
                </Td>
                <Td className="min-w-40 text-xs">{d.legalBasis ?? '—'}</Td>
                <Td>
                  {d.documentId ? (
                    <a href={`/api/tai-lieu/${d.documentId}`} className="text-brand-700 hover:underline">
                      Tải về
                    </a>
                  ) : (
                    '—'
                  )}
                </Td>
                <Td className="min-w-40">
                  <DecisionLinks decision={d} />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
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
