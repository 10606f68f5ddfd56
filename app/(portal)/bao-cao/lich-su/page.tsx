import type { Metadata } from 'next';
import Link from 'next/link';
import { Table, Td, Th } from '@/components/ui/table';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { HISTORY_STATE_LABELS } from '@/lib/domain/history-import';
import { adminUnitName, FUNDING_LEVEL_SHORT } from '@/lib/domain/labels';
import { formatDate } from '@/lib/domain/format';
import { formatVndPlain } from '@/lib/domain/money';
import { reportLink } from '@/lib/domain/reports-links';
import { reportQuerySchema } from '@/lib/schemas/report';
import { requirePermission } from '@/lib/server/auth';
import { findHistoryRows } from '@/lib/server/history/find-history-rows';

export const metadata: Metadata = { title: 'Dữ liệu lịch sử' };

type Search = Record<string, string | string[] | undefined>;

function Source({ file, at, row }: { file: string; at: Date; row: number }) {
  return (
    <span className="text-xs text-slate-500">
      {file} · dòng {row} · nhập {formatDate(at)}
    </span>
  );
}

/** The imported rows behind a report figure: each aggregate shows the report line it came from. */
export default async function HistoryRowsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePermission('report:read', '/bao-cao/lich-su');
  const search = await searchParams;
  const query = reportQuerySchema.parse(Object.fromEntries(Object.entries(search).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const { projects, aggregates, limit } = await findHistoryRows(actor, query);
  return (
    <>
      <PageHeader
        title="Dữ liệu lịch sử trong báo cáo"
        description={
          <>
            Các dòng đã nhập từ số liệu trước khi có cổng, cùng bộ lọc với báo cáo.{' '}
            <Link href={reportLink(query)} className="text-brand-700 hover:underline">← Về báo cáo</Link>
          </>
        }
      />
      <h2 className="mb-2 mt-4 text-lg font-semibold">Dòng tổng hợp ({aggregates.length})</h2>
      {aggregates.length === 0 ? (
        <EmptyState>Không có dòng tổng hợp nào.</EmptyState>
      ) : (
        <Table caption="Dòng tổng hợp lịch sử">
          <thead>
            <tr>
              <Th>Giai đoạn</Th><Th>Khu vực / xã</Th><Th>Nguồn</Th><Th>Nội dung</Th><Th numeric>Số đề án</Th><Th numeric>Số cơ sở</Th>
              <Th numeric>Tổng kinh phí (đồng)</Th><Th numeric>Hỗ trợ (đồng)</Th><Th numeric>Đối ứng (đồng)</Th><Th>Nguồn dữ liệu</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {aggregates.map((a) => (
              <tr key={a.id} id={`tong-hop-${a.id}`}>
                <Td>{a.yearFrom === a.yearTo ? a.yearFrom : `${a.yearFrom}–${a.yearTo}`}</Td>
                <Td>{a.adminUnit ? adminUnitName(a.adminUnit) : (a.area ?? '—')}</Td>
                <Td>{FUNDING_LEVEL_SHORT[a.fundingLevel]}</Td>
                <Td className="min-w-56">{a.contentCategory?.code ?? 'Không rõ'} {a.label && <span className="block text-xs text-slate-600">{a.label}</span>}</Td>
                <Td numeric>{a.projectCount}</Td>
                <Td numeric>{a.facilityCount}</Td>
                <Td numeric>{formatVndPlain(a.totalCostVnd)}</Td>
                <Td numeric>{formatVndPlain(a.stateSupportVnd)}</Td>
                <Td numeric>{formatVndPlain(a.counterpartVnd)}</Td>
                <Td><Source file={a.import.fileName} at={a.import.importedAt} row={a.rowNo} /></Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <h2 className="mb-2 mt-6 text-lg font-semibold">Đề án lịch sử ({projects.length})</h2>
      {projects.length === 0 ? (
        <EmptyState>Không có đề án lịch sử nào.</EmptyState>
      ) : (
        <Table caption="Đề án lịch sử">
          <thead>
            <tr>
              <Th>Năm</Th><Th>Tên đề án</Th><Th>Nguồn</Th><Th>Nội dung</Th><Th>Cơ sở (MST)</Th><Th>Địa bàn</Th>
              <Th numeric>Tổng kinh phí (đồng)</Th><Th numeric>Hỗ trợ (đồng)</Th><Th numeric>Đối ứng (đồng)</Th><Th>Tình trạng</Th><Th>Nguồn dữ liệu</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {projects.map((p) => (
              <tr key={p.id}>
                <Td>{p.year}</Td>
                <Td className="min-w-56">{p.name}{p.decisionNumbers && <span className="block text-xs text-slate-600">QĐ: {p.decisionNumbers}</span>}</Td>
                <Td>{FUNDING_LEVEL_SHORT[p.fundingLevel]}</Td>
                <Td>{p.contentCategory.code}</Td>
                <Td>{p.facilityName ?? '—'}{p.facilityTaxCode && <span className="block text-xs text-slate-600">MST {p.facilityTaxCode}</span>}</Td>
                <Td>{p.adminUnit ? adminUnitName(p.adminUnit) : (p.area ?? '—')}</Td>
                <Td numeric>{formatVndPlain(p.totalCostVnd)}</Td>
                <Td numeric>{formatVndPlain(p.stateSupportVnd)}</Td>
                <Td numeric>{formatVndPlain(p.counterpartVnd)}</Td>
                <Td>{HISTORY_STATE_LABELS[p.state]}</Td>
                <Td><Source file={p.import.fileName} at={p.import.importedAt} row={p.rowNo} /></Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {(projects.length === limit || aggregates.length === limit) && <p className="mt-2 text-sm text-slate-600">Chỉ hiện {limit} dòng đầu; hãy thu hẹp bộ lọc.</p>}
    </>
  );
}
