'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';

/** What a phone or a computer may offer: photos (HEIC from an iPhone too), PDF, Word, Excel. */
export const UPLOAD_ACCEPT = '.pdf,.jpg,.jpeg,.png,.heic,.heif,.docx,.xlsx,image/jpeg,image/png,image/heic,image/heif,application/pdf';

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
}

/** The client's own check, before anything is sent: the same limit the server answers 413 with. */
export function oversizeMessage(file: File, maxMb: number): string | null {
  if (file.size <= maxMb * 1024 * 1024) return null;
  return `Tệp "${file.name}" (${megabytes(file.size)} MB) vượt quá dung lượng cho phép: tối đa ${maxMb} MB mỗi tệp. Vui lòng chụp lại với chất lượng thấp hơn, nén hoặc chia nhỏ tệp.`;
}

/**
 * Uploads one file to POST /api/tai-lieu with the given form fields (what it belongs to, its kind):
 * from the camera or from files, with a progress bar (XMLHttpRequest reports upload progress; fetch
 * does not). Refuses a file above the limit before sending it; the server checks again and answers
 * 413. Used by the acceptance dossier and by the attachments of a support request.
 */
export function FileUpload({
  fields,
  label,
  replace = false,
  maxMb,
}: {
  /** Sent with the file: e.g. projectId + acceptanceId + kind, or supportRequestId + kind. */
  fields: Record<string, string>;
  /** What the file is, in the buttons' accessible names ("Tải lên tệp: <label>"). */
  label: string;
  replace?: boolean;
  maxMb: number;
}) {
  const router = useRouter();
  const id = useId();
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const verb = replace ? 'Thay thế' : 'Tải lên';

  function send(file: File) {
    setMessage(null);
    const tooLarge = oversizeMessage(file, maxMb);
    if (tooLarge) return setMessage({ tone: 'error', text: tooLarge });
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) data.set(name, value);
    data.set('file', file);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/tai-lieu');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) setProgress(Math.floor((e.loaded * 100) / e.total));
    };
    xhr.onload = () => {
      setProgress(null);
      if (xhr.status >= 200 && xhr.status < 300) {
        setMessage({ tone: 'success', text: `Đã tải lên "${file.name}".` });
        router.refresh();
      } else {
        setMessage({ tone: 'error', text: xhr.responseText || `Không tải lên được (mã ${xhr.status}).` });
      }
    };
    xhr.onerror = () => {
      setProgress(null);
      setMessage({ tone: 'error', text: 'Không tải lên được: kết nối bị gián đoạn. Vui lòng thử lại.' });
    };
    setProgress(0);
    xhr.send(data);
  }

  function onChange(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (file) send(file);
  }

  const busy = progress !== null;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <label className={buttonClass('secondary', busy ? 'pointer-events-none opacity-50' : 'cursor-pointer')}>
          <input type="file" accept="image/*" capture="environment" className="sr-only" aria-label={`Chụp ảnh: ${label}`} disabled={busy} onChange={onChange} />
          Chụp ảnh
        </label>
        <label className={buttonClass(replace ? 'secondary' : 'primary', busy ? 'pointer-events-none opacity-50' : 'cursor-pointer')}>
          <input type="file" accept={UPLOAD_ACCEPT} className="sr-only" aria-label={`${verb} tệp: ${label}`} aria-describedby={`${id}-limit`} disabled={busy} onChange={onChange} />
          {verb === 'Thay thế' ? 'Chọn tệp thay thế' : 'Chọn tệp'}
        </label>
      </div>
      <p id={`${id}-limit`} className="text-xs text-slate-600">
        Tối đa {maxMb} MB mỗi tệp.
      </p>
      {busy && (
        <div className="space-y-1">
          <div role="progressbar" aria-label={`Đang tải lên: ${label}`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={progress} className="h-2 w-full overflow-hidden rounded bg-slate-200">
            <div className="h-full bg-brand-600 transition-all" style={{ width: `${progress}%` }} />
          </div>
          <p className="text-xs text-slate-600">Đang tải lên… {progress}%</p>
        </div>
      )}
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
    </div>
  );
}
