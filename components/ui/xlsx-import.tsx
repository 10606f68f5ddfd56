'use client';

import { useState } from 'react';
import type { ActionResult } from '@/lib/server/action';
import { Field, fileInputClass } from './field';

const XLSX_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The file chooser of an Excel import (.xlsx only), labelled, with its hint for screen readers. */
export function XlsxFileField({ id, label, hint, required, onFile }: { id: string; label: string; hint: string; required?: boolean; onFile: (file: File | null) => void }) {
  return (
    <Field id={id} label={label} hint={hint} required={required}>
      <input
        id={id}
        type="file"
        accept={XLSX_ACCEPT}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onFile(e.target.files?.[0] ?? null)}
        className={fileInputClass}
      />
    </Field>
  );
}

/**
 * Step 1 of an all-or-nothing import: the chosen file and the server's check of it (nothing is
 * written). Choosing another file drops the previous check; step 2 (confirm) sends the same file
 * with the checked file's hash.
 *
 *   const upload = useXlsxCheck(preview, 'Chọn tệp …', { programmeId: String(programmeId) });
 *   <XlsxFileField … onFile={upload.choose} />  <Button onClick={upload.check}>…
 */
export function useXlsxCheck<P>(preview: (form: FormData) => Promise<ActionResult<P>>, missingFile: string, fields: Record<string, string> = {}) {
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<P | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /** The file with the extra fields, as both steps send it. */
  function formWith(extra: Record<string, string> = {}): FormData | null {
    if (!file) return null;
    const form = new FormData();
    for (const [key, value] of Object.entries({ ...fields, ...extra })) form.set(key, value);
    form.set('file', file);
    return form;
  }

  function choose(next: File | null) {
    setFile(next);
    setChecked(null);
  }

  async function check() {
    setError(null);
    setChecked(null);
    const form = formWith();
    if (!form) return setError(missingFile);
    setBusy(true);
    const result = await preview(form);
    setBusy(false);
    if (!result.ok) return setError(result.message);
    setChecked(result.data);
  }

  return { file, checked, error, setError, busy, setBusy, choose, check, formWith };
}
