'use client';

import { FormProvider } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { FormMessages, TextareaControl } from '@/components/ui/form-controls';
import { useServerForm } from '@/components/ui/use-server-form';
import { facilityDecisionSchema, refuseSupportRequestSchema } from '@/lib/schemas/beneficiary';
import type { ActionResult } from '@/lib/server/action';

// Schemas cannot cross from a server page to a client component: the page names which one.
const SCHEMAS = { facility: facilityDecisionSchema, request: refuseSupportRequestSchema } as const;

/** A refusal with its written reason (a facility's registration, a support request). */
export function ReasonForm({
  kind,
  fixed,
  action,
  label,
  fieldLabel,
  idPrefix,
}: {
  kind: keyof typeof SCHEMAS;
  /** The hidden part of the input (ids, the decision). */
  fixed: Record<string, string | number>;
  action: (values: never) => Promise<ActionResult<unknown>>;
  label: string;
  fieldLabel: string;
  idPrefix: string;
}) {
  const { form, error, onSubmit } = useServerForm<Record<string, string | number>, unknown>({ schema: SCHEMAS[kind], defaultValues: { ...fixed, reason: '' }, action });
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-2">
        <TextareaControl name="reason" id={`${idPrefix}-reason`} label={fieldLabel} required rows={2} maxLength={2000} />
        <FormMessages error={error} />
        <Button type="submit" variant="danger" disabled={form.formState.isSubmitting}>
          {label}
        </Button>
      </form>
    </FormProvider>
  );
}
