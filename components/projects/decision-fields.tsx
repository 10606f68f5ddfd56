'use client';

import { DateControl, TextareaControl, TextControl } from './form-controls';
import { TEXT_MAX } from '@/lib/schemas/fields';

export const EMPTY_DECISION = { number: '', issuedOn: '', issuer: '', signer: '', signerTitle: '', legalBasis: '', summary: '' };

/** The fields of a quyết định (lib/schemas/decision.ts) under `decision.` in the surrounding form. */
export function DecisionFields({ idPrefix, required = true }: { idPrefix: string; required?: boolean }) {
  const id = (key: string) => `${idPrefix}-decision-${key}`;
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-medium text-slate-800">Quyết định</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextControl id={id('number')} name="decision.number" label="Số/ký hiệu quyết định" hint="Ví dụ 123/QĐ-SCT" required={required} />
        <DateControl id={id('issuedOn')} name="decision.issuedOn" label="Ngày ban hành" required={required} />
        <TextControl id={id('issuer')} name="decision.issuer" label="Cơ quan ban hành" required={required} />
        <TextControl id={id('signer')} name="decision.signer" label="Người ký" required={required} />
        <TextControl id={id('signerTitle')} name="decision.signerTitle" label="Chức vụ người ký" />
      </div>
      <TextareaControl id={id('summary')} name="decision.summary" label="Trích yếu" required={required} rows={2} maxLength={TEXT_MAX.medium} />
      <TextareaControl id={id('legalBasis')} name="decision.legalBasis" label="Căn cứ pháp lý" rows={2} maxLength={TEXT_MAX.reason} />
    </fieldset>
  );
}
