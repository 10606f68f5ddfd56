'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { type ReactNode, useState } from 'react';
import { FormProvider, useFieldArray, useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button, SubmitButton } from '@/components/ui/button';
import { toRoman } from '@/lib/domain/programme-targets';
import { targetsEditSchema, type TargetsEditValues } from '@/lib/schemas/programme';
import type { ActionResult } from '@/lib/server/action';
import { AmendmentReasonFields } from './amendment-reason-fields';
import { GroupRows } from './targets-editor-rows';

interface Props {
  programmeId: number;
  version: string;
  years: number[];
  groups: TargetsEditValues['groups'];
  /** An approved programme: a change needs a reason and becomes an amendment. */
  amendment: boolean;
  save: (input: TargetsEditValues) => Promise<ActionResult<{ changes: number }>>;
  /** The read-only table, rendered on the server, shown when not editing. */
  children: ReactNode;
}

const head = 'px-2 py-2 text-left text-xs font-semibold text-slate-600';

/** The targets table, editable in place: every row and cell, saved all at once. */
export function TargetsEditor({ programmeId, version, years, groups, amendment, save, children }: Props) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const emptyDecision = { number: '', issuedOn: '', issuer: '', signer: '', signerTitle: '', summary: '', legalBasis: '' };
  const defaults: TargetsEditValues = { programmeId, version, groups, reason: '', decision: emptyDecision };
  const form = useForm<TargetsEditValues>({ resolver: zodResolver(targetsEditSchema, undefined, { raw: true }), defaultValues: defaults });
  const { control, register, handleSubmit, getValues, reset, setError, formState } = form;
  const groupFields = useFieldArray({ control, name: 'groups' });

  async function onSubmit(values: TargetsEditValues) {
    setMessage(null);
    const result = await save(values);
    if (!result.ok) {
      setMessage({ tone: 'error', text: result.message });
      if (result.fieldErrors?.reason) setError('reason', { message: result.fieldErrors.reason });
      return;
    }
    setMessage({ tone: 'success', text: `Đã lưu bảng chỉ tiêu (${result.data.changes} thay đổi).` });
    setEditing(false);
    router.refresh();
  }

  if (!editing) {
    return (
      <div className="space-y-3">
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
        <Button
          variant="secondary"
          onClick={() => {
            reset(defaults);
            setMessage(null);
            setEditing(true);
          }}
        >
          Sửa bảng chỉ tiêu
        </Button>
        {children}
      </div>
    );
  }

  return (
    <form onSubmit={handleSubmit(onSubmit, () => setMessage({ tone: 'error', text: 'Bảng còn ô chưa hợp lệ (viền đỏ). Hãy sửa rồi lưu lại.' }))} noValidate className="space-y-4" aria-label="Sửa bảng chỉ tiêu">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <p className="text-xs text-slate-600">
        Để trống ô năm nếu năm đó không có kế hoạch. “Tổng nội dung” được lưu đúng như nhập; dòng có tổng khác tổng các năm được đánh dấu ⚠ nhưng vẫn lưu được.
      </p>
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">Sửa bảng chỉ tiêu</caption>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className={head}>TT</th>
              <th scope="col" className={head}>Nội dung</th>
              <th scope="col" className={head}>ĐVT</th>
              {years.map((y) => (
                <th key={y} scope="col" className={`${head} text-right`}>
                  Năm {y}
                </th>
              ))}
              <th scope="col" className={`${head} text-right`}>Tổng nội dung</th>
              <th scope="col" className={head}>
                <span className="sr-only">Thao tác</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {groupFields.fields.map((g, gi) => (
              <GroupRows key={g.id} gi={gi} years={years} control={control} register={register} errors={formState.errors} getValues={getValues} onRemoveGroup={() => groupFields.remove(gi)} />
            ))}
          </tbody>
        </table>
      </div>
      <Button variant="secondary" onClick={() => groupFields.append({ code: toRoman(groupFields.fields.length + 1), name: '', items: [] })}>
        + Thêm nhóm nội dung
      </Button>
      {amendment && (
        <fieldset className="space-y-3 rounded-md border border-amber-200 bg-amber-50 p-4">
          <legend className="px-1 text-sm font-semibold text-amber-900">Điều chỉnh chương trình đã phê duyệt</legend>
          <FormProvider {...form}>
            <AmendmentReasonFields idPrefix="targets" />
          </FormProvider>
        </fieldset>
      )}
      <div className="flex flex-wrap gap-2">
        <SubmitButton sending={formState.isSubmitting} pendingLabel="Đang lưu…">
          Lưu bảng chỉ tiêu
        </SubmitButton>
        <Button variant="secondary" onClick={() => setEditing(false)}>
          Hủy
        </Button>
      </div>
    </form>
  );
}
