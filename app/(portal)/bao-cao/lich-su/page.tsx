import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { DataTable } from '@/components/ui/table';
import { PageHeader } from '@/components/ui/card';
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
      <DataTable
        caption="Dòng tổng hợp lịch sử"
        rows={aggregates}
        empty="Không có dòng tổng hợp nào."
        rowId={(a) => `tong-hop-${a.id}`}
        columns={[
          { header: 'Giai đoạn', cell: (a) => (a.yearFrom === a.yearTo ? a.yearFrom : `${a.yearFrom}–${a.yearTo}`) },
          { header: 'Khu vực / xã', cell: (a) => (a.adminUnit ? adminUnitName(a.adminUnit) : (a.area ?? '—')) },
          { header: 'Nguồn', cell: (a) => FUNDING_LEVEL_SHORT[a.fundingLevel] },
          { header: 'Nội dung', cell: (a) => <>{a.contentCategory?.code ?? 'Không rõ'} {a.label && <span className="block text-xs text-slate-600">{a.label}</span>}</>, className: 'min-w-56' },
          { header: 'Số đề án', cell: (a) => a.projectCount, numeric: true },
          { header: 'Số cơ sở', cell: (a) => a.facilityCount, numeric: true },
          { header: 'Tổng kinh phí (đồng)', cell: (a) => formatVndPlain(a.totalCostVnd), numeric: true },
          { header: 'Hỗ trợ (đồng)', cell: (a) => formatVndPlain(a.stateSupportVnd), numeric: true },
          { header: 'Đối ứng (đồng)', cell: (a) => formatVndPlain(a.counterpartVnd), numeric: true },
          { header: 'Nguồn dữ liệu', cell: (a) => <Source file={a.import.fileName} at={a.import.importedAt} row={a.rowNo} /> },
        ]}
      />
      <h2 className="mb-2 mt-6 text-lg font-semibold">Đề án lịch sử ({projects.length})</h2>
      <DataTable
        caption="Đề án lịch sử"
        rows={projects}
        empty="Không có đề án lịch sử nào."
        columns={[
          { header: 'Năm', cell: (p) => p.year },
          { header: 'Tên đề án', cell: (p) => <>{p.name}{p.decisionNumbers && <span className="block text-xs text-slate-600">QĐ: {p.decisionNumbers}</span>}</>, className: 'min-w-56' },
          { header: 'Nguồn', cell: (p) => FUNDING_LEVEL_SHORT[p.fundingLevel] },
          { header: 'Nội dung', cell: (p) => p.contentCategory.code },
          { header: 'Cơ sở (MST)', cell: (p) => <>{p.facilityName ?? '—'}{p.facilityTaxCode && <span className="block text-xs text-slate-600">MST {p.facilityTaxCode}</span>}</> },
          { header: 'Địa bàn', cell: (p) => (p.adminUnit ? adminUnitName(p.adminUnit) : (p.area ?? '—')) },
          { header: 'Tổng kinh phí (đồng)', cell: (p) => formatVndPlain(p.totalCostVnd), numeric: true },
          { header: 'Hỗ trợ (đồng)', cell: (p) => formatVndPlain(p.stateSupportVnd), numeric: true },
          { header: 'Đối ứng (đồng)', cell: (p) => formatVndPlain(p.counterpartVnd), numeric: true },
          { header: 'Tình trạng', cell: (p) => HISTORY_STATE_LABELS[p.state] },
          { header: 'Nguồn dữ liệu', cell: (p) => <Source file={p.import.fileName} at={p.import.importedAt} row={p.rowNo} /> },
        ]}
      />
      {(projects.length === limit || aggregates.length === limit) && <p className="mt-2 text-sm text-slate-600">Chỉ hiện {limit} dòng đầu; hãy thu hẹp bộ lọc.</p>}
    </>
  );
}
