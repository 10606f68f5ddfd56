'use client';

import { useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { amendmentDecisionSchema } from '@/lib/schemas/project';
import type { ActionResult } from '@/lib/server/action';
import { DecisionFields, EMPTY_DECISION } from '@/components/ui/decision-fields';
import { FormMessages, TextareaControl } from '@/components/ui/form-controls';
import { useServerForm } from '@/components/ui/use-server-form';
import { TEXT_MAX } from '@/lib/schemas/fields';

/** Duyệt điều chỉnh (with the decision) or không duyệt (with the reason). */
export function AmendmentDecisionForm({ amendmentId, large, save }: { amendmentId: number; large: boolean; save: (values: never) => Promise<ActionResult<unknown>> }) {
  const [approve, setApprove] = useState(true);
  const { form, error, onSubmit } = useServerForm({
    schema: amendmentDecisionSchema,
    defaultValues: { amendmentId, approve: true, note: '', decision: { ...EMPTY_DECISION, summary: 'Phê duyệt điều chỉnh đề án khuyến công' } },
    action: save,
  });
  function choose(value: boolean) {
    setApprove(value);
    form.setValue('approve', value);
    if (value) form.setValue('decision', { ...EMPTY_DECISION, summary: 'Phê duyệt điều chỉnh đề án khuyến công' });
    else form.unregister('decision');
  }
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={`Quyết định đề nghị điều chỉnh ${amendmentId}`}>
        <FormMessages error={error} />
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">Quyết định</legend>
          <div className="mt-1 flex flex-wrap gap-x-6">
            <label className="flex min-h-10 items-center gap-2 text-sm">
              <input type="radio" name={`approve-${amendmentId}`} className="size-4 accent-brand-700" checked={approve} onChange={() => choose(true)} />
              Duyệt điều chỉnh
            </label>
            <label className="flex min-h-10 items-center gap-2 text-sm">
              <input type="radio" name={`approve-${amendmentId}`} className="size-4 accent-brand-700" checked={!approve} onChange={() => choose(false)} />
              Không duyệt
            </label>
          </div>
        </fieldset>
        {approve ? (
          <>
            {large && <p className="text-sm text-amber-800">Điều chỉnh lớn: ghi nhận quyết định của cấp phê duyệt kế hoạch (UBND thành phố / Bộ Công Thương).</p>}
            <DecisionFields idPrefix={`amend-${amendmentId}`} />
            <TextareaControl id={`amend-${amendmentId}-note`} name="note" label="Ghi chú" rows={2} maxLength={TEXT_MAX.reason} />
          </>
        ) : (
          <TextareaControl id={`amend-${amendmentId}-note`} name="note" label="Lý do không duyệt" required maxLength={TEXT_MAX.reason} />
        )}
        <Button type="submit" variant={approve ? 'primary' : 'danger'} disabled={form.formState.isSubmitting}>
          {approve ? 'Duyệt và áp dụng điều chỉnh' : 'Không duyệt điều chỉnh'}
        </Button>
      </form>
    </FormProvider>
  );
}
