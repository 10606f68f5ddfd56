'use client';

import { TEXT_MAX } from '@/lib/schemas/fields';
import { DateControl, TextareaControl, TextControl } from './form-controls';

export const EMPTY_DECISION = { number: '', issuedOn: '', issuer: '', signer: '', signerTitle: '', legalBasis: '', summary: '' };

/**
 * The fields of a quyết định (lib/schemas/decision.ts) in the surrounding react-hook-form
 * (FormProvider), under `prefix`: "decision." when the decision is part of a larger form, "" when
 * the form is the decision. `required` marks them for people; the schema decides on the server.
 */
export function DecisionFields({ idPrefix, prefix = 'decision.', required = true }: { idPrefix: string; prefix?: '' | 'decision.'; required?: boolean }) {
  const id = (key: string) => `${idPrefix}-decision-${key}`;
  const name = (key: string) => `${prefix}${key}`;
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-medium text-slate-800">Quyết định</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextControl id={id('number')} name={name('number')} label="Số/ký hiệu quyết định" hint="Ví dụ 1234/QĐ-UBND" required={required} />
        <DateControl id={id('issuedOn')} name={name('issuedOn')} label="Ngày ban hành" required={required} />
        <TextControl id={id('issuer')} name={name('issuer')} label="Cơ quan ban hành" required={required} />
        <TextControl id={id('signer')} name={name('signer')} label="Người ký" required={required} />
        <TextControl id={id('signerTitle')} name={name('signerTitle')} label="Chức vụ người ký" />
      </div>
      <TextareaControl id={id('summary')} name={name('summary')} label="Trích yếu" required={required} rows={2} maxLength={TEXT_MAX.medium} />
      <TextareaControl id={id('legalBasis')} name={name('legalBasis')} label="Căn cứ pháp lý" rows={2} maxLength={TEXT_MAX.reason} />
    </fieldset>
  );
}
