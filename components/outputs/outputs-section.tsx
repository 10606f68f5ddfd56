import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { Card, EmptyState } from '@/components/ui/card';
import { formatDate, formatNumber } from '@/lib/domain/format';
import { OUTPUT_KIND_LABELS, OUTPUT_QUANTITY_LABELS, type ProjectOutputKind } from '@/lib/domain/project-outputs';

interface Participant {
  id: number;
  rowNo: number;
  fullName: string;
  birthYear: number | null;
  gender: string | null;
  workplace: string | null;
}

interface OutputRow {
  id: number;
  kind: ProjectOutputKind;
  title: string;
  heldOn: Date;
  endedOn: Date | null;
  place: string | null;
  quantity: number;
  note: string | null;
  participants: Participant[];
  recordedBy: { fullName: string };
}

/**
 * "Kết quả thực hiện": what the đề án delivered, each output as a card (phones included); a class
 * shows its participant list and, for the staff, the import of that list.
 */
export function OutputsSection({
  outputs,
  target,
  form,
  importFormFor,
  deleteButtonFor,
}: {
  outputs: OutputRow[];
  target: { unit: string | null; name: string } | null;
  form?: ReactNode;
  importFormFor?: (output: OutputRow) => ReactNode;
  deleteButtonFor?: (output: OutputRow) => ReactNode;
}) {
  const people = outputs.reduce((sum, o) => sum + (o.kind === 'TRAINING_CLASS' ? o.participants.length : 0), 0);
  const classes = outputs.filter((o) => o.kind === 'TRAINING_CLASS').length;
  return (
    <Card title="Kết quả thực hiện">
      <div className="space-y-4">
        {target && (
          <p className="text-sm text-slate-600">
            Tính vào chỉ tiêu “{target.name}”{target.unit ? ` (ĐVT: ${target.unit})` : ''}.
          </p>
        )}
        {outputs.length === 0 ? (
          <EmptyState>Chưa ghi kết quả thực hiện nào.</EmptyState>
        ) : (
          <>
            {classes > 0 && (
              <p className="text-sm font-medium text-slate-900">
                {formatNumber(classes)} lớp, {formatNumber(people)} học viên
              </p>
            )}
            <ul className="space-y-3" aria-label="Các kết quả đã ghi">
              {outputs.map((o) => (
                <li key={o.id} className="rounded-md border border-slate-200 p-3 text-sm">
                  <p className="flex flex-wrap items-center gap-2">
                    <Badge tone="info">{OUTPUT_KIND_LABELS[o.kind]}</Badge>
                    <span className="font-medium text-slate-900">{o.title}</span>
                  </p>
                  <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-3">
                    <div>
                      <dt className="text-xs text-slate-500">Thời gian</dt>
                      <dd>
                        {formatDate(o.heldOn)}
                        {o.endedOn ? ` – ${formatDate(o.endedOn)}` : ''}
                      </dd>
                    </div>
                    <div>
                      <dt className="text-xs text-slate-500">{o.kind === 'TRAINING_CLASS' ? 'Số học viên' : OUTPUT_QUANTITY_LABELS[o.kind]}</dt>
                      <dd className="tabular">{formatNumber(o.kind === 'TRAINING_CLASS' ? o.participants.length : o.quantity)}</dd>
                    </div>
                    {o.place && (
                      <div>
                        <dt className="text-xs text-slate-500">Địa điểm</dt>
                        <dd className="break-words">{o.place}</dd>
                      </div>
                    )}
                  </dl>
                  {o.note && <p className="mt-2 text-slate-700">{o.note}</p>}
                  <p className="mt-1 text-xs text-slate-500">Người ghi: {o.recordedBy.fullName}</p>
                  {o.kind === 'TRAINING_CLASS' && o.participants.length > 0 && (
                    <details className="mt-2">
                      <summary className="cursor-pointer font-medium text-brand-700">Danh sách học viên ({formatNumber(o.participants.length)})</summary>
                      <ol className="mt-2 divide-y divide-slate-100">
                        {o.participants.map((p, i) => (
                          <li key={p.id} className="flex flex-wrap gap-x-3 py-1">
                            <span className="tabular w-8 text-slate-500">{i + 1}.</span>
                            <span className="font-medium">{p.fullName}</span>
                            {p.birthYear && <span className="text-slate-600">{p.birthYear}</span>}
                            {p.gender && <span className="text-slate-600">{p.gender}</span>}
                            {p.workplace && <span className="min-w-0 break-words text-slate-600">{p.workplace}</span>}
                          </li>
                        ))}
                      </ol>
                    </details>
                  )}
                  {o.kind === 'TRAINING_CLASS' && importFormFor && <div className="mt-3">{importFormFor(o)}</div>}
                  {deleteButtonFor && <div className="mt-3">{deleteButtonFor(o)}</div>}
                </li>
              ))}
            </ul>
          </>
        )}
        {form && (
          <details className="rounded-md border border-slate-200 p-3" open={outputs.length === 0}>
            <summary className="cursor-pointer text-sm font-medium text-brand-700">Ghi kết quả mới</summary>
            <div className="mt-3">{form}</div>
          </details>
        )}
      </div>
    </Card>
  );
}
