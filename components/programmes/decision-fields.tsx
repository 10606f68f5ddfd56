'use client';

import type { FieldErrors, FieldValues, UseFormRegister } from 'react-hook-form';
import { Field, Input, Textarea } from '@/components/ui/field';

const FIELDS = [
  { key: 'number', label: 'Số/ký hiệu quyết định', hint: 'Ví dụ 1234/QĐ-UBND' },
  { key: 'issuedOn', label: 'Ngày ban hành', hint: 'dd/mm/yyyy' },
  { key: 'issuer', label: 'Cơ quan ban hành' },
  { key: 'signer', label: 'Người ký' },
  { key: 'signerTitle', label: 'Chức vụ người ký', optional: true },
  { key: 'summary', label: 'Trích yếu', multiline: true },
  { key: 'legalBasis', label: 'Căn cứ pháp lý', multiline: true, optional: true },
] as const;

/**
 * The fields of a quyết định (lib/schemas/decision.ts), under `prefix` ("" or "decision.").
 * `required` marks them for people; the schema decides on the server either way.
 */
export function DecisionFields({
  idPrefix,
  prefix,
  register,
  errors,
  required,
}: {
  idPrefix: string;
  prefix: '' | 'decision.';
  register: UseFormRegister<FieldValues>;
  errors: FieldErrors | undefined;
  required: boolean;
}) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {FIELDS.map((f) => {
        const id = `${idPrefix}-${f.key}`;
        const error = (errors?.[f.key] as { message?: string } | undefined)?.message;
        const props = {
          id,
          invalid: !!error,
          'aria-describedby': error ? `${id}-error` : 'hint' in f ? `${id}-hint` : undefined,
          ...register(`${prefix}${f.key}`),
        };
        return (
          <div key={f.key} className={'multiline' in f ? 'sm:col-span-2' : ''}>
            <Field id={id} label={f.label} hint={'hint' in f ? f.hint : undefined} error={error} required={required && !('optional' in f)}>
              {'multiline' in f ? <Textarea {...props} /> : <Input {...props} placeholder={f.key === 'issuedOn' ? 'dd/mm/yyyy' : undefined} />}
            </Field>
          </div>
        );
      })}
    </div>
  );
}
