'use client';

import type { ReactNode } from 'react';
import { useFormContext, useWatch, type FieldValues, type Path } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { CharacterCount, Field, Input, Options, Select, Textarea } from '@/components/ui/field';

// Labelled controls wired to the surrounding react-hook-form (FormProvider): label, hint and error
// are linked for screen readers; `name` may be nested ("decision.number", "lines.0.item").

function errorAt(errors: FieldValues, name: string): string | undefined {
  let node: unknown = errors;
  for (const part of name.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return (node as { message?: string } | undefined)?.message;
}

interface ControlProps {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  id?: string;
}

function useControl({ name, id }: ControlProps) {
  const { register, formState } = useFormContext<FieldValues>();
  const controlId = id ?? name.replace(/\./g, '-');
  const error = errorAt(formState.errors, name);
  return { controlId, error, registration: register(name as Path<FieldValues>) };
}

export function TextControl(props: ControlProps & { type?: string; placeholder?: string; inputMode?: 'numeric' | 'decimal' | 'text'; autoComplete?: string; autoCapitalize?: string }) {
  const { controlId, error, registration } = useControl(props);
  return (
    <Field id={controlId} label={props.label} hint={props.hint} error={error} required={props.required}>
      <Input
        id={controlId}
        type={props.type ?? 'text'}
        placeholder={props.placeholder}
        inputMode={props.inputMode}
        autoComplete={props.autoComplete}
        autoCapitalize={props.autoCapitalize}
        invalid={!!error}
        aria-describedby={error ? `${controlId}-error` : props.hint ? `${controlId}-hint` : undefined}
        {...registration}
      />
    </Field>
  );
}

export function DateControl(props: ControlProps) {
  return <TextControl {...props} placeholder="dd/mm/yyyy" hint={props.hint ?? 'dd/mm/yyyy'} />;
}

export function MoneyControl(props: ControlProps) {
  return <TextControl {...props} inputMode="numeric" placeholder="0" hint={props.hint ?? 'đồng, ví dụ 1.500.000'} />;
}

/** A long text with its limit (from lib/schemas/fields.ts TEXT_MAX) and a live character counter. */
export function TextareaControl(props: ControlProps & { rows?: number; maxLength: number }) {
  const { controlId, error, registration } = useControl(props);
  const value: unknown = useWatch({ name: props.name });
  const described = [error ? `${controlId}-error` : props.hint ? `${controlId}-hint` : null, `${controlId}-count`].filter(Boolean).join(' ');
  return (
    <Field id={controlId} label={props.label} hint={props.hint} error={error} required={props.required}>
      <Textarea id={controlId} rows={props.rows ?? 3} maxLength={props.maxLength} invalid={!!error} aria-describedby={described} {...registration} />
      <CharacterCount fieldId={controlId} length={typeof value === 'string' ? value.length : 0} max={props.maxLength} />
    </Field>
  );
}

export function SelectControl(props: ControlProps & { options: readonly { value: string | number; label: string }[]; placeholder?: string }) {
  const { controlId, error, registration } = useControl(props);
  return (
    <Field id={controlId} label={props.label} hint={props.hint} error={error} required={props.required}>
      <Select id={controlId} invalid={!!error} aria-describedby={error ? `${controlId}-error` : props.hint ? `${controlId}-hint` : undefined} {...registration}>
        <option value="">{props.placeholder ?? '— Chọn —'}</option>
        <Options options={props.options} />
      </Select>
    </Field>
  );
}

export function CheckboxControl({ name, label, hint, id }: ControlProps & { children?: ReactNode }) {
  const { register, formState } = useFormContext<FieldValues>();
  const controlId = id ?? name.replace(/\./g, '-');
  const error = errorAt(formState.errors, name);
  return (
    <div>
      <label htmlFor={controlId} className="flex min-h-10 items-start gap-2 text-sm text-slate-800">
        <input id={controlId} type="checkbox" className="mt-0.5 size-4 shrink-0 accent-brand-700" aria-describedby={error ? `${controlId}-error` : undefined} {...register(name as Path<FieldValues>)} />
        <span>
          {label}
          {hint && <span className="block text-xs text-slate-500">{hint}</span>}
        </span>
      </label>
      {error && (
        <p id={`${controlId}-error`} className="text-xs font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

/** The form's outcome: the server's message, or a success notice. */
export function FormMessages({ error, notice }: { error: string | null; notice?: string | null }) {
  if (error) return <Alert tone="error">{error}</Alert>;
  if (notice) return <Alert tone="success">{notice}</Alert>;
  return null;
}

/** A group of radio buttons with a legend (e.g. Đạt / Không đạt). */
export function RadioControl({ name, label, options, required }: ControlProps & { options: readonly { value: string; label: string }[] }) {
  const { register, formState } = useFormContext<FieldValues>();
  const error = errorAt(formState.errors, name);
  const base = name.replace(/\./g, '-');
  return (
    <fieldset aria-describedby={error ? `${base}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">
        {label}
        {required && <span className="text-red-700" aria-hidden="true"> *</span>}
      </legend>
      <div className="mt-1 flex flex-wrap gap-x-6">
        {options.map((o) => (
          <label key={o.value} htmlFor={`${base}-${o.value}`} className="flex min-h-10 items-center gap-2 text-sm">
            <input id={`${base}-${o.value}`} type="radio" value={o.value} className="size-4 accent-brand-700" {...register(name as Path<FieldValues>)} />
            {o.label}
          </label>
        ))}
      </div>
      {error && (
        <p id={`${base}-error`} className="text-xs font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
