'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { XlsxFileField } from '@/components/ui/xlsx-import';
import type { ActionResult } from '@/lib/server/action';

/** Nhập danh sách học viên từ Excel: all or nothing; a refusal lists the rows and columns to fix. */
export function ParticipantImportForm({ outputId, templateHref, importList }: { outputId: number; templateHref: string; importList: (form: FormData) => Promise<ActionResult<{ participants: number }>> }) {
  const router = useRouter();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    setError(null);
    setNotice(null);
    if (!file) return setError('Chọn tệp Excel (.xlsx) danh sách học viên.');
    setBusy(true);
    const form = new FormData();
    form.set('outputId', String(outputId));
    form.set('file', file);
    const result = await importList(form);
    setBusy(false);
    if (!result.ok) return setError(result.message);
    setNotice(`Đã nhập ${result.data.participants} học viên.`);
    router.refresh();
  }

  return (
    <div className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3">
      <XlsxFileField
        id={inputId}
        label="Tệp danh sách học viên (.xlsx)"
        hint="Nhập lại sẽ thay toàn bộ danh sách; một dòng lỗi thì không ghi dòng nào."
        onFile={setFile}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={submit} disabled={busy}>
          {busy ? 'Đang nhập…' : 'Nhập danh sách'}
        </Button>
        <a href={templateHref} className="text-sm font-medium text-brand-700 underline">
          Tải mẫu danh sách (.xlsx)
        </a>
      </div>
      {error && <Alert tone="error">{error}</Alert>}
      {notice && <Alert tone="success">{notice}</Alert>}
    </div>
  );
}
