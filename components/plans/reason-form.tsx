'use client';

import type { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { useServerForm } from '@/components/ui/use-server-form';
import { Button, type ButtonVariant } from '@/components/ui/button';
import { Field, Input, Textarea } from '@/components/ui/field';
import { reopenRoundSchema, returnBudgetSchema, returnPlanSchema } from '@/lib/schemas/plan';
import type { ActionResult } from '@/lib/server/action';

// The steps that need a written reason: returning a plan to its author, Sở Tài chính returning the
// city plan, reopening registration (with a new deadline). One form, three schemas.
const SCHEMAS = { returnPlan: returnPlanSchema, returnBudget: returnBudgetSchema, reopen: reopenRoundSchema } as const;
type Kind = keyof typeof SCHEMAS;
type Values = { reason: string; deadline?: string; planId?: string | number; year?: string | number };

export function ReasonForm({
  kind,
  fixed,
  action,
  reasonLabel,
  submitLabel,
  variant = 'secondary',
}: {
  kind: Kind;
  /** The record the step applies to: { planId } or { year }. */
  fixed: { planId: number } | { year: number };
  action: (input: never) => Promise<ActionResult<unknown>>;
  reasonLabel: string;
  submitLabel: string;
  variant?: ButtonVariant;
}) {
  const { form, error, onSubmit } = useServerForm<Values, unknown>({
    schema: SCHEMAS[kind],
    defaultValues: { ...fixed, reason: '', deadline: '' } as Values,
    action,
    resetOnSuccess: true,
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  const id = `${kind}-reason`;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={submitLabel}>
      {error && <Alert tone="error">{error}</Alert>}
      <Field id={id} label={reasonLabel} error={errors.reason?.message} required>
        <Textarea id={id} invalid={!!errors.reason} aria-describedby={errors.reason ? `${id}-error` : undefined} {...register('reason')} />
      </Field>
      {kind === 'reopen' && (
        <Field id={`${kind}-deadline`} label="Hạn gửi mới" hint="dd/mm/yyyy" error={errors.deadline?.message} required>
          <Input
            id={`${kind}-deadline`}
            placeholder="dd/mm/yyyy"
            invalid={!!errors.deadline}
            aria-describedby={errors.deadline ? `${kind}-deadline-error` : `${kind}-deadline-hint`}
            {...register('deadline')}
          />
        </Field>
      )}
      <Button type="submit" variant={variant} disabled={isSubmitting}>
        {isSubmitting ? 'Đang gửi…' : submitLabel}
      </Button>
    </form>
  );
}
