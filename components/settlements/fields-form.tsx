'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, Textarea } from '@/components/ui/field';
import type { ActionResult } from '@/lib/server/action';

export interface FormField {
  /** Dotted for nested input: "decision.number". */
  name: string;
  label: string;
  type?: 'text' | 'date' | 'money' | 'textarea';
  required?: boolean;
  hint?: string;
  defaultValue?: string;
}

type Values = Record<string, unknown>;

/** "decision.number" → { decision: { number } }; a group whose fields are all empty is left out (optional). */
function nest(flat: Record<string, string>, optionalGroups: readonly string[]): Values {
  const out: Values = {};
  for (const [key, value] of Object.entries(flat)) {
    const [head, tail] = key.split('.', 2) as [string, string | undefined];
    if (tail === undefined) out[head] = value;
    else out[head] = { ...((out[head] as Values | undefined) ?? {}), [tail]: value };
  }
  for (const group of optionalGroups) {
    const g = out[group] as Record<string, string> | undefined;
    if (g && Object.values(g).every((v) => !v.trim())) delete out[group];
  }
  return out;
}

/**
 * A plain form of labelled fields for the money steps (thanh lý, nộp trả, quyết toán). The server
 * validates with the shared zod schema and answers with field errors; this only collects and shows.
 */
export function FieldsForm({
  fields,
  fixed,
  optionalGroups = [],
  submitLabel,
  action,
}: {
  fields: FormField[];
  fixed: Values;
  optionalGroups?: readonly string[];
  submitLabel: string;
  action: (input: never) => Promise<ActionResult<{ message: string }>>;
}) {
  const router = useRouter();
  const id = useId();
  const [values, setValues] = useState<Record<string, string>>(Object.fromEntries(fields.map((f) => [f.name, f.defaultValue ?? ''])));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setErrors({});
    setMessage(null);
    try {
      const run = action as unknown as (input: Values) => Promise<ActionResult<{ message: string }>>;
      const outcome = await run({ ...nest(values, optionalGroups), ...fixed });
      if (!outcome.ok) {
        setErrors(outcome.fieldErrors ?? {});
        setMessage({ tone: 'error', text: outcome.message });
        return;
      }
      setMessage({ tone: 'success', text: outcome.data.message });
      router.refresh();
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label={submitLabel}>
      {fields.map((f) => {
        const fieldId = `${id}-${f.name}`;
        const common = { id: fieldId, value: values[f.name] ?? '', invalid: !!errors[f.name], onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [f.name]: e.target.value })) };
        return (
          <Field key={f.name} id={fieldId} label={f.label} hint={f.hint} error={errors[f.name]} required={f.required}>
            {f.type === 'textarea' ? <Textarea {...common} /> : <Input {...common} type={f.type === 'date' ? 'date' : 'text'} inputMode={f.type === 'money' ? 'numeric' : undefined} />}
          </Field>
        );
      })}
      {message && <Alert tone={message.tone === 'success' ? 'success' : 'error'}>{message.text}</Alert>}
      <Button type="submit" variant="primary" disabled={pending}>
        {pending ? 'Đang lưu…' : submitLabel}
      </Button>
    </form>
  );
}
