import type { ComponentProps, ReactNode } from 'react';
import { escapeHtml, formatCharacterCount } from '@/lib/domain/format';

export const inputClass =
  'block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 aria-[invalid=true]:border-red-600 disabled:bg-slate-100';

/** A file input's look: the browser's button styled as ours. */
export const fileInputClass = 'block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-brand-800';

/** A labelled form control with its hint and error, wired for screen readers. */
export function Field({ id, label, hint, error, required, children }: { id: string; label: string; hint?: string; error?: string; required?: boolean; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {required && <span className="text-red-700" aria-hidden="true"> *</span>}
      </label>
      {children}
      {hint && !error && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-xs font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

export function Input({ invalid, ...props }: ComponentProps<'input'> & { invalid?: boolean }) {
  return <input className={inputClass} aria-invalid={invalid || undefined} {...props} />;
}

export function Select({ invalid, ...props }: ComponentProps<'select'> & { invalid?: boolean }) {
  return <select className={inputClass} aria-invalid={invalid || undefined} {...props} />;
}

export function Textarea({ invalid, ...props }: ComponentProps<'textarea'> & { invalid?: boolean }) {
  return <textarea className={inputClass} rows={3} aria-invalid={invalid || undefined} {...props} />;
}

/** The visible character counter under a long text field (id `${fieldId}-count`, for aria-describedby). */
export function CharacterCount({ fieldId, length, max }: { fieldId: string; length: number; max: number }) {
  const over = length > max;
  return (
    <p id={`${fieldId}-count`} className={`text-right text-xs tabular-nums ${over ? 'font-medium text-red-700' : 'text-slate-500'}`}>
      {formatCharacterCount(length, max)}
    </p>
  );
}

export interface ChoiceOption {
  value: number | string;
  label: string;
}

/** The choices of a Select, in the order given. */
export function Options({ options }: { options: readonly ChoiceOption[] }) {
  return (
    <>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  );
}

/**
 * The options of a filter's drop-down as escaped HTML, the chosen one `selected`. A report's or the
 * list's filters hold some 200 options (every xã, every content): as React elements they cost the
 * server more than the rest of the page's form and went out twice, in the HTML and in the React
 * payload — written once as text, like the report's rows (docs/decisions/0046). Labels come from the
 * database: every value and label is escaped.
 */
export function filterOptionsHtml(options: readonly ChoiceOption[], chosen: string): string {
  return options.map((o) => `<option value="${escapeHtml(String(o.value))}"${String(o.value) === chosen ? ' selected' : ''}>${escapeHtml(o.label)}</option>`).join('');
}

/** A filter's drop-down in a GET form: "all" first (empty value), then the options; uncontrolled. */
export function FilterChoice({ id, label, name, value, options, all }: { id: string; label: string; name: string; value: string; options: ChoiceOption[]; all: string }) {
  return (
    <Field id={id} label={label}>
      <select id={id} name={name} className={inputClass} dangerouslySetInnerHTML={{ __html: filterOptionsHtml([{ value: '', label: all }, ...options], value) }} />
    </Field>
  );
}
