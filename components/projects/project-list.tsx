import { Link } from '@/components/ui/link';
import { Badge } from '@/components/ui/badge';
import { DataTable, RowLink, WithNote } from '@/components/ui/table';
import { adminUnitName, FUNDING_LEVEL_SHORT } from '@/lib/domain/labels';
import { formatVnd, formatVndPlain } from '@/lib/domain/money';
import type { findProjects } from '@/lib/server/projects/find-projects';
import { ProjectStatusBadge } from './project-status-badge';
import { RecoverableBadge } from './recoverable-badge';

/** A running đề án past its end date without acceptance (lib/domain/project-overdue.ts). */
function OverdueBadge({ warning }: { warning: string | null }) {
  return warning ? (
    <span title={warning}>
      <Badge tone="danger">Quá hạn</Badge>
    </span>
  ) : null;
}

type Row = Awaited<ReturnType<typeof findProjects>>['rows'][number];

/**
 * The đề án list: cards on a phone (name, status and amount always in view, nothing to scroll
 * sideways), the full table from the `sm` breakpoint up.
 */
export function ProjectList({ rows }: { rows: Row[] }) {
  return (
    <>
      <ul aria-label="Danh sách đề án" className="space-y-3 sm:hidden">
        {rows.map((p) => (
          <li key={p.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm">
            <Link href={`/de-an/${p.id}`} className="font-medium break-words text-brand-700 hover:underline">
              {p.name}
            </Link>
            <p className="mt-1 text-xs text-slate-600">
              {p.code} · {p.year} · {FUNDING_LEVEL_SHORT[p.fundingLevel]} · {adminUnitName(p.adminUnit) || 'Không gắn xã'}
            </p>
            <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
              <span className="flex flex-wrap gap-1">
                <ProjectStatusBadge status={p.status} />
                <RecoverableBadge recoverable={p.isRecoverable} />
                <OverdueBadge warning={p.overdue} />
              </span>
              <span className="tabular font-semibold text-slate-900" aria-label="Hỗ trợ">
                {formatVnd(p.approvedSupportVnd ?? p.stateSupportVnd)}
              </span>
            </div>
          </li>
        ))}
      </ul>
      <DataTable
        caption="Danh sách đề án"
        rows={rows}
        hiddenOnPhone
        columns={[
          { header: 'Mã', cell: (p) => p.code, className: 'whitespace-nowrap' },
          { header: 'Tên đề án', cell: (p) => <RowLink href={`/de-an/${p.id}`}>{p.name}</RowLink>, className: 'min-w-56' },
          { header: 'Năm', cell: (p) => p.year },
          { header: 'Nguồn', cell: (p) => FUNDING_LEVEL_SHORT[p.fundingLevel] },
          { header: 'Nội dung', cell: (p) => p.contentCategory.code },
          { header: 'Cơ sở thụ hưởng', cell: (p) => p.beneficiaries.map((b) => b.facility.name).join('; '), className: 'min-w-40' },
          { header: 'Địa bàn', cell: (p) => <WithNote note={p.adminUnit?.formerArea}>{adminUnitName(p.adminUnit)}</WithNote> },
          { header: 'Hỗ trợ (đồng)', cell: (p) => formatVndPlain(p.approvedSupportVnd ?? p.stateSupportVnd), numeric: true },
          {
            header: 'Trạng thái',
            cell: (p) => (
              <span className="flex flex-col items-start gap-1">
                <ProjectStatusBadge status={p.status} />
                <RecoverableBadge recoverable={p.isRecoverable} />
                <OverdueBadge warning={p.overdue} />
              </span>
            ),
          },
        ]}
      />
    </>
  );
}
