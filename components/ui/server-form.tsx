'use client';

import type { BaseSyntheticEvent, ReactNode } from 'react';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { SubmitButton, type ButtonVariant } from './button';
import { FormMessages } from './form-controls';

/**
 * The frame of a useServerForm form: its controls inside the FormProvider, the server's refusal (or
 * the success notice) above them, and the submit button under them, busy while the form is sent.
 */
export function ServerForm<V extends FieldValues>({
  state,
  label,
  className = 'space-y-3',
  submitLabel,
  pendingLabel,
  variant,
  children,
}: {
  state: { form: UseFormReturn<V>; error: string | null; notice: string | null; onSubmit: (event?: BaseSyntheticEvent) => Promise<void> };
  /** The form's accessible name (aria-label), when it has one. */
  label?: string;
  className?: string;
  submitLabel: string;
  /** What the button says while the form is sent (it keeps `submitLabel` when not given). */
  pendingLabel?: string;
  variant?: ButtonVariant;
  children: ReactNode;
}) {
  return (
    <FormProvider {...state.form}>
      <form onSubmit={state.onSubmit} noValidate className={className} aria-label={label}>
        <FormMessages error={state.error} notice={state.notice} />
        {children}
        <SubmitButton variant={variant} sending={state.form.formState.isSubmitting} pendingLabel={pendingLabel}>
          {submitLabel}
        </SubmitButton>
      </form>
    </FormProvider>
  );
}
