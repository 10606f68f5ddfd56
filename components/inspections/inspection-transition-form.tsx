'use client';

import { FormProvider } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { DateControl, FormMessages, TextareaControl } from '@/components/ui/form-controls';
import { useServerForm } from '@/components/ui/use-server-form';
import type { InspectionEvent } from '@/lib/domain/lifecycle/inspection';
import { TEXT_MAX } from '@/lib/schemas/fields';
import { inspectionTransitionSchema } from '@/lib/schemas/outputs';
import type { ActionResult } from '@/lib/server/action';

interface Values {
  inspectionId: number;
  event: InspectionEvent;
  conductedOn: string;
  findings: string;
  recommendations: string;
  followUp: string;
  reason: string;
}

/** One form per event the actor may fire now (the page passes availableEvents). */
export function InspectionTransitionForm({ inspectionId, event, label, save }: { inspectionId: number; event: InspectionEvent; label: string; save: (values: never) => Promise<ActionResult<unknown>> }) {
  const { form, error, onSubmit } = useServerForm<Values, unknown>({
    schema: inspectionTransitionSchema,
    defaultValues: { inspectionId, event, conductedOn: '', findings: '', recommendations: '', followUp: '', reason: '' },
    action: save,
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-3 rounded-md border border-slate-200 p-3" aria-label={label}>
        <FormMessages error={error} />
        {event === 'conduct' && (
          <>
            <DateControl name="conductedOn" label="Ngày kiểm tra" required />
            <TextareaControl name="findings" label="Kết quả kiểm tra" required maxLength={TEXT_MAX.long} rows={4} />
            <TextareaControl name="recommendations" label="Kiến nghị" maxLength={TEXT_MAX.long} rows={3} />
          </>
        )}
        {event === 'followUp' && <TextareaControl name="followUp" label="Kết quả thực hiện kiến nghị" required maxLength={TEXT_MAX.long} rows={3} />}
        {event === 'cancel' && <TextareaControl name="reason" label="Lý do huỷ" required maxLength={TEXT_MAX.reason} rows={2} />}
        <Button type="submit" variant={event === 'cancel' ? 'danger' : 'primary'} disabled={form.formState.isSubmitting}>
          {label}
        </Button>
      </form>
    </FormProvider>
  );
}
