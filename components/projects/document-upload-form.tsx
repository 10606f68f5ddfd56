'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, Options, Select } from '@/components/ui/field';
import type { ActionResult } from '@/lib/server/action';

/** Uploads one file of a chosen kind (multipart, checked by content on the server). */
export function DocumentUploadForm({
  projectId,
  acceptanceId,
  kinds,
  action,
  idPrefix = 'doc',
}: {
  projectId: number;
  acceptanceId?: number;
  kinds: { value: string; label: string }[];
  action: (form: FormData) => Promise<ActionResult<unknown>>;
  idPrefix?: string;
}) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    data.set('projectId', String(projectId));
    if (acceptanceId) data.set('acceptanceId', String(acceptanceId));
    setPending(true);
    setMessage(null);
    try {
      const result = await action(data);
      if (!result.ok) return setMessage({ tone: 'error', text: result.message });
      setMessage({ tone: 'success', text: 'Đã tải lên.' });
      formRef.current?.reset();
      router.refresh();
    } catch {
      // The server refused the request itself (413 above the upload limit) or it did not arrive.
      setMessage({ tone: 'error', text: 'Không tải lên được: tệp vượt quá dung lượng cho phép hoặc kết nối bị gián đoạn.' });
    } finally {
      setPending(false);
    }
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3" aria-label="Tải lên tài liệu" encType="multipart/form-data">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${idPrefix}-kind`} label="Loại tài liệu" required>
          <Select id={`${idPrefix}-kind`} name="kind" required defaultValue={kinds[0]?.value}>
            <Options options={kinds} />
          </Select>
        </Field>
        <Field id={`${idPrefix}-title`} label="Tiêu đề (không bắt buộc)">
          <Input id={`${idPrefix}-title`} name="title" maxLength={300} />
        </Field>
      </div>
      <Field id={`${idPrefix}-file`} label="Tệp" hint="PDF, JPG/PNG, Word (.docx), Excel (.xlsx)" required>
        <Input id={`${idPrefix}-file`} name="file" type="file" required accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx" aria-describedby={`${idPrefix}-file-hint`} />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? 'Đang tải lên…' : 'Tải lên'}
      </Button>
    </form>
  );
}

/** Removes a dossier document while the đề án is a draft. */
export function DeleteDocumentButton({ documentId, label, action }: { documentId: number; label: string; action: (input: never) => Promise<ActionResult<unknown>> }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col">
      <Button
        variant="ghost"
        aria-label={`Xoá ${label}`}
        onClick={async () => {
          if (!window.confirm(`Xoá tài liệu "${label}"?`)) return;
          const result = await (action as unknown as (i: { documentId: number }) => Promise<ActionResult<unknown>>)({ documentId });
          if (!result.ok) setError(result.message);
          else router.refresh();
        }}
      >
        Xoá
      </Button>
      {error && <span className="text-xs text-red-700">{error}</span>}
    </span>
  );
}
