'use client';

import { FormProvider } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { FormMessages, RadioControl, SelectControl } from '@/components/ui/form-controls';
import { useServerForm } from '@/components/ui/use-server-form';
import { FUNDING_LEVEL_LABELS, labelOptions } from '@/lib/domain/labels';
import { takeSupportRequestSchema } from '@/lib/schemas/beneficiary';
import type { ActionResult } from '@/lib/server/action';

type Values = { requestId: number; planId: string; fundingLevel: 'KCDP' | 'KCQG' };

/** The xã or the Trung tâm takes a sent request into one of its open yearly plans. */
export function TakeRequestForm({
  requestId,
  plans,
  takeAction,
}: {
  requestId: number;
  plans: { id: number; label: string }[];
  takeAction: (values: Values) => Promise<ActionResult<{ planItemId: number; planId: number }>>;
}) {
  const { form, error, notice, onSubmit } = useServerForm<Values, { planItemId: number; planId: number }>({
    schema: takeSupportRequestSchema,
    defaultValues: { requestId, planId: plans.length === 1 ? String(plans[0]!.id) : '', fundingLevel: 'KCDP' },
    action: takeAction as never,
    onSuccess: () => 'Đã đưa đề nghị vào kế hoạch.',
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-3">
        <SelectControl name="planId" label="Kế hoạch năm" required options={plans.map((p) => ({ value: p.id, label: p.label }))} />
        <RadioControl
          name="fundingLevel"
          label="Nguồn kinh phí đề xuất"
          required
          options={labelOptions(FUNDING_LEVEL_LABELS, ['KCDP', 'KCQG'])}
        />
        <FormMessages error={error} notice={notice} />
        <Button type="submit" disabled={form.formState.isSubmitting}>
          Đưa vào kế hoạch
        </Button>
      </form>
    </FormProvider>
  );
}
