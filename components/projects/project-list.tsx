import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Table, Td, Th } from '@/components/ui/table';
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
      <div className="hidden sm:block">
        <Table caption="Danh sách đề án">
          <thead>
            <tr>
              <Th>Mã</Th>
              <Th>Tên đề án</Th>
              <Th>Năm</Th>
              <Th>Nguồn</Th>
              <Th>Nội dung</Th>
              <Th>Cơ sở thụ hưởng</Th>
              <Th>Địa bàn</Th>
              <Th numeric>Hỗ trợ (đồng)</Th>
              <Th>Trạng thái</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((p) => (
              <tr key={p.id}>
                <Td className="whitespace-nowrap">{p.code}</Td>
                <Td className="min-w-56">
                  <Link href={`/de-an/${p.id}`} className="font-medium text-brand-700 hover:underline">
                    {p.name}
                  </Link>
                </Td>
                <Td>{p.year}</Td>
                <Td>{FUNDING_LEVEL_SHORT[p.fundingLevel]}</Td>
                <Td>{p.contentCategory.code}</Td>
                <Td className="min-w-40">{p.beneficiaries.map((b) => b.facility.name).join('; ')}</Td>
                <Td>
                  {adminUnitName(p.adminUnit)}
                  {p.adminUnit?.formerArea && <span className="block text-xs text-slate-500">{p.adminUnit.formerArea}</span>}
                </Td>
                <Td numeric>{formatVndPlain(p.approvedSupportVnd ?? p.stateSupportVnd)}</Td>
                <Td>
                  <span className="flex flex-col items-start gap-1">
                    <ProjectStatusBadge status={p.status} />
                    <RecoverableBadge recoverable={p.isRecoverable} />
                    <OverdueBadge warning={p.overdue} />
                  </span>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
    </>
  );
}
