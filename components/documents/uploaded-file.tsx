import type { ReactNode } from 'react';
import { formatDateTime, formatFileSize } from '@/lib/domain/format';

interface UploadedDocument {
  id: number;
  fileName: string;
  previewKey: string | null;
  mimeType: string;
  sizeBytes: number;
  uploadedAt: Date;
  uploadedBy: { fullName: string };
}

/** A file of a dossier as its list shows it: the link to open it, a badge, then its size, who uploaded it and when. */
export function UploadedFile({ doc, badge, note }: { doc: UploadedDocument; badge: ReactNode; note?: string }) {
  return (
    <>
      <div className="flex flex-wrap items-center gap-2">
        {/* A file, not a page: a plain link (photos open in the browser, HEIC as its JPEG). */}
        <a className="break-all text-brand-700 underline" href={`/api/tai-lieu/${doc.id}${doc.previewKey || doc.mimeType.startsWith('image/') ? '?xem=1' : ''}`}>
          {doc.fileName}
        </a>
        {badge}
      </div>
      <p className="text-xs text-slate-600">
        {formatFileSize(doc.sizeBytes)} · {doc.uploadedBy.fullName} · {formatDateTime(doc.uploadedAt)}
        {note}
      </p>
    </>
  );
}
