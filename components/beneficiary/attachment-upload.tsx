'use client';

import { useId, useState } from 'react';
import { FileUpload } from '@/components/documents/file-upload';
import { Field, Options, Select } from '@/components/ui/field';

/**
 * A facility attaches a file to its draft support request: it says what the file is (quotation,
 * photos …), then takes a photo or picks a file; the upload shows its progress and refuses a file
 * above the limit before sending it.
 */
export function AttachmentUpload({ requestId, kinds, maxMb }: { requestId: number; kinds: { value: string; label: string }[]; maxMb: number }) {
  const id = useId();
  const [kind, setKind] = useState(kinds[0]?.value ?? '');
  const label = kinds.find((k) => k.value === kind)?.label ?? 'Tệp đính kèm';
  return (
    <div className="space-y-3">
      <Field id={`${id}-kind`} label="Loại tệp đính kèm">
        <Select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
          <Options options={kinds} />
        </Select>
      </Field>
      <FileUpload fields={{ supportRequestId: String(requestId), kind }} label={label} maxMb={maxMb} />
    </div>
  );
}
