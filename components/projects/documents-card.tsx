import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { Card, EmptyState } from '@/components/ui/card';
import { documentKindLabel } from '@/lib/domain/documents';
import { formatDateTime } from '@/lib/domain/format';
import { checklistStatus, checklistSummary } from '@/lib/domain/project-documents';

export interface DocumentRow {
  id: number;
  kind: string;
  title: string;
  fileName: string;
  uploadedAt: Date;
}

/** A checklist of required document kinds (present / missing) and the files, each downloadable. */
export function DocumentsCard({
  title,
  required,
  documents,
  uploadForm,
  deleteButton,
}: {
  title: string;
  required: string[];
  documents: DocumentRow[];
  uploadForm?: ReactNode;
  deleteButton?: (doc: DocumentRow) => ReactNode;
}) {
  const checklist = checklistStatus(
    required,
    documents.map((d) => d.kind),
  );
  const summary = checklistSummary(checklist);
  return (
    <Card title={title} actions={required.length > 0 ? <Badge tone={summary.complete ? 'success' : 'warning'}>{summary.text}</Badge> : undefined}>
      {checklist.length > 0 && (
        <ul className="mb-4 space-y-1 text-sm" aria-label={`Danh mục ${title.toLowerCase()}`}>
          {checklist.map((c) => (
            <li key={c.kind} className="flex items-start gap-2">
              <span aria-hidden="true" className={c.present ? 'text-emerald-700' : 'text-amber-700'}>
                {c.present ? '✓' : '○'}
              </span>
              <span>
                {c.label}
                {c.present ? <span className="sr-only"> (đã có)</span> : <span className="ml-1 text-xs text-amber-800">(còn thiếu)</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
      {documents.length === 0 ? (
        <EmptyState>Chưa có tài liệu.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100">
          {documents.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
              <span className="min-w-0">
                <a href={`/api/tai-lieu/${d.id}`} className="font-medium text-brand-700 hover:underline">
                  {d.title}
                </a>
                <span className="block text-xs text-slate-500">
                  {documentKindLabel(d.kind)} · {d.fileName} · {formatDateTime(d.uploadedAt)}
                </span>
              </span>
              {deleteButton?.(d)}
            </li>
          ))}
        </ul>
      )}
      {uploadForm && <div className="mt-4 border-t border-slate-200 pt-4">{uploadForm}</div>}
    </Card>
  );
}
