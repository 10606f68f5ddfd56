import { Link } from '@/components/ui/link';
import { EmptyState } from '@/components/ui/card';
import { formatDate } from '@/lib/domain/format';
import type { InspectionStatus } from '@/lib/domain/lifecycle/inspection';
import { InspectionStatusBadge } from './inspection-status-badge';

export interface InspectionRow {
  id: number;
  title: string;
  plannedOn: Date;
  conductedOn: Date | null;
  status: InspectionStatus;
  team: string;
  project: { id: number; code: string; name: string } | null;
  adminUnit: { id: number; name: string } | null;
}

/** Inspections as cards (one column on a phone, two on a wide screen). */
export function InspectionList({ rows, empty }: { rows: InspectionRow[]; empty: string }) {
  if (rows.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <ul className="grid grid-cols-1 gap-3 lg:grid-cols-2" aria-label="Các cuộc kiểm tra">
      {rows.map((i) => (
        <li key={i.id} className="min-w-0 rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm">
          <p className="flex flex-wrap items-center gap-2">
            <InspectionStatusBadge status={i.status} />
            <Link href={`/kiem-tra/${i.id}`} className="font-medium text-brand-700 underline">
              {i.title}
            </Link>
          </p>
          <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1">
            <div>
              <dt className="text-xs text-slate-500">Ngày dự kiến</dt>
              <dd>{formatDate(i.plannedOn)}</dd>
            </div>
            <div>
              <dt className="text-xs text-slate-500">Ngày kiểm tra</dt>
              <dd>{i.conductedOn ? formatDate(i.conductedOn) : '—'}</dd>
            </div>
            <div className="col-span-2 min-w-0">
              <dt className="text-xs text-slate-500">Đề án, địa bàn</dt>
              <dd className="break-words">
                {i.project ? `${i.project.code} — ${i.project.name}` : 'Không gắn đề án'}
                {i.adminUnit ? ` (xã ${i.adminUnit.name})` : ''}
              </dd>
            </div>
            <div className="col-span-2 min-w-0">
              <dt className="text-xs text-slate-500">Đoàn kiểm tra</dt>
              <dd className="break-words whitespace-pre-line">{i.team}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
