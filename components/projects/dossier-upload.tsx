'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { FileUpload } from '@/components/documents/file-upload';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Textarea } from '@/components/ui/field';
import type { ActionResult } from '@/lib/server/action';

/** Uploads (or replaces) the file of one checklist item of an acceptance dossier. */
export function DossierUpload({
  projectId,
  acceptanceId,
  kind,
  label,
  replacesId,
  maxMb,
}: {
  projectId: number;
  acceptanceId: number;
  kind: string;
  label: string;
  replacesId?: number;
  maxMb: number;
}) {
  const fields: Record<string, string> = { projectId: String(projectId), acceptanceId: String(acceptanceId), kind };
  if (replacesId) fields.replacesId = String(replacesId);
  return <FileUpload fields={fields} label={label} replace={Boolean(replacesId)} maxMb={maxMb} />;
}

/** Staff: accept one handed-in document, or ask for a replacement saying why. */
export function DossierReview({
  documentId,
  label,
  action,
}: {
  documentId: number;
  label: string;
  action: (input: { documentId: number; decision: 'accept' | 'replace'; comment: string }) => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const id = useId();
  const [asking, setAsking] = useState(false);
  const [comment, setComment] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(decision: 'accept' | 'replace') {
    setPending(true);
    setError(null);
    try {
      const result = await action({ documentId, decision, comment });
      if (!result.ok) setError(result.message);
      else router.refresh();
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="space-y-2">
      {!asking ? (
        <div className="flex flex-wrap gap-2">
          <Button onClick={() => run('accept')} disabled={pending} aria-label={`Chấp nhận: ${label}`}>
            Chấp nhận
          </Button>
          <Button variant="secondary" onClick={() => setAsking(true)} disabled={pending} aria-label={`Yêu cầu thay thế: ${label}`}>
            Yêu cầu thay thế
          </Button>
        </div>
      ) : (
        <div className="space-y-2">
          <label htmlFor={`${id}-comment`} className="block text-sm font-medium">
            Lý do cần thay thế ({label})
          </label>
          <Textarea id={`${id}-comment`} rows={2} value={comment} maxLength={300} onChange={(e) => setComment(e.currentTarget.value)} />
          <div className="flex flex-wrap gap-2">
            <Button onClick={() => run('replace')} disabled={pending || comment.trim() === ''}>
              Gửi yêu cầu thay thế
            </Button>
            <Button variant="ghost" onClick={() => setAsking(false)} disabled={pending}>
              Huỷ
            </Button>
          </div>
        </div>
      )}
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
