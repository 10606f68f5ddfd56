'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { FormProvider, useForm } from 'react-hook-form';
import { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { Button, SubmitButton } from '@/components/ui/button';
import { useXlsxCheck, XlsxFileField } from '@/components/ui/xlsx-import';
import { optionalDecision } from '@/lib/schemas/programme';
import type { ActionResult } from '@/lib/server/action';
import { AmendmentReasonFields } from './amendment-reason-fields';
import { ImportPreview, type PreviewView } from './import-preview';

type Preview = PreviewView & { sha256: string; version: string };

/** The confirmation part of the import: reason and decision for an approved programme. */
const confirmSchema = z.object({ reason: z.string().trim().max(2000, 'Lý do tối đa 2000 ký tự').optional(), decision: optionalDecision });
type ConfirmValues = z.input<typeof confirmSchema>;

interface Props {
  programmeId: number;
  amendment: boolean;
  preview: (form: FormData) => Promise<ActionResult<Preview>>;
  confirm: (form: FormData) => Promise<ActionResult<{ changes: number }>>;
}

/** Step 1: choose a file and check it. Step 2: read the preview, then confirm — only then is anything written. */
export function AppendixImportForm({ programmeId, amendment, preview, confirm }: Props) {
  const router = useRouter();
  const upload = useXlsxCheck(preview, 'Chọn tệp Excel (.xlsx) của phụ lục chỉ tiêu.', { programmeId: String(programmeId) });
  const { checked, error, setError } = upload;
  const methods = useForm<ConfirmValues>({
    resolver: zodResolver(confirmSchema, undefined, { raw: true }),
    defaultValues: { reason: '' },
  });
  const { handleSubmit, setError: setFieldError, formState } = methods;

  async function onConfirm(values: ConfirmValues) {
    const form = checked && upload.formWith({ sha256: checked.sha256, version: checked.version });
    if (!form) return;
    if (amendment && !values.reason?.trim()) return setFieldError('reason', { message: 'Nhập lý do điều chỉnh' });
    setError(null);
    if (values.reason) form.set('reason', values.reason);
    for (const [key, value] of Object.entries((values.decision as Record<string, string> | undefined) ?? {})) if (value) form.set(`decision.${key}`, value);
    const result = await confirm(form);
    if (!result.ok) return setError(result.message);
    router.push(`/chuong-trinh/${programmeId}?da-nhap=${result.data.changes}`);
  }

  const canConfirm = checked && checked.errors === 0 && checked.changes.length > 0;
  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <XlsxFileField
          id="appendix-file"
          label="Tệp phụ lục chỉ tiêu (.xlsx)"
          hint="Trang tính có dòng tiêu đề: TT, Nội dung chương trình/đề án, ĐVT, Năm …, Tổng nội dung"
          required
          onFile={upload.choose}
        />
        <Button onClick={upload.check} disabled={upload.busy}>
          {upload.busy ? 'Đang kiểm tra…' : 'Kiểm tra tệp'}
        </Button>
      </div>
      {error && <Alert tone="error">{error}</Alert>}
      {checked && <ImportPreview preview={checked} />}
      {canConfirm && (
        <form onSubmit={handleSubmit(onConfirm)} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" aria-label="Xác nhận nhập">
          {amendment && (
            <FormProvider {...methods}>
              <AmendmentReasonFields idPrefix="import" />
            </FormProvider>
          )}
          <SubmitButton sending={formState.isSubmitting} pendingLabel="Đang nhập…">
            {`Xác nhận nhập ${checked.changes.length} thay đổi`}
          </SubmitButton>
        </form>
      )}
    </div>
  );
}
