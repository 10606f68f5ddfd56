'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, Options, Select } from '@/components/ui/field';
import { adminUnitName, LEGAL_FORM_LABELS, labelOptions } from '@/lib/domain/labels';
import { LEGAL_FORMS, planFacilitySchema, type PlanFacilityFormValues } from '@/lib/schemas/plan';
import type { ActionResult } from '@/lib/server/action';
import type { FacilityOption } from './facility-picker';

type Values = PlanFacilityFormValues;

/** Registers a beneficiary that is not in the register yet; it is then ticked in the proposal. */
export function NewFacilityForm({
  planId,
  adminUnits,
  registerFacility,
  onCreated,
}: {
  planId: number;
  adminUnits: { id: number; type: 'XA' | 'PHUONG' | 'DAC_KHU'; name: string }[];
  registerFacility: (input: Values) => Promise<ActionResult<FacilityOption>>;
  onCreated: (facility: FacilityOption) => void;
}) {
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const defaults: Values = { planId, name: '', legalForm: 'HO_KINH_DOANH', taxCode: '', adminUnitId: adminUnits.length === 1 ? String(adminUnits[0]!.id) : '', address: '' };
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: zodResolver(planFacilitySchema, undefined, { raw: true }), defaultValues: defaults });

  async function onSubmit(values: Values) {
    setMessage(null);
    const result = await registerFacility(values);
    if (!result.ok) {
      setMessage({ tone: 'error', text: result.message });
      for (const [key, text] of Object.entries(result.fieldErrors ?? {})) setError(key as keyof Values, { message: text });
      return;
    }
    onCreated(result.data);
    reset(defaults);
    setMessage({ tone: 'success', text: `Đã đăng ký cơ sở “${result.data.name}” và chọn vào đề xuất. Nhớ lưu đề xuất.` });
  }

  const described = (key: keyof Values) => (errors[key] ? `facility-${key}-error` : undefined);
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-3" aria-label="Đăng ký cơ sở mới">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="facility-name" label="Tên cơ sở" error={errors.name?.message} required>
          <Input id="facility-name" invalid={!!errors.name} aria-describedby={described('name')} {...register('name')} />
        </Field>
        <Field id="facility-taxCode" label="Mã số thuế (MST)" error={errors.taxCode?.message} required>
          <Input id="facility-taxCode" inputMode="numeric" invalid={!!errors.taxCode} aria-describedby={described('taxCode')} {...register('taxCode')} />
        </Field>
        <Field id="facility-legalForm" label="Loại hình" error={errors.legalForm?.message} required>
          <Select id="facility-legalForm" invalid={!!errors.legalForm} aria-describedby={described('legalForm')} {...register('legalForm')}>
            <Options options={labelOptions(LEGAL_FORM_LABELS, LEGAL_FORMS)} />
          </Select>
        </Field>
        <Field id="facility-adminUnitId" label="Xã/phường/đặc khu" error={errors.adminUnitId?.message} required>
          <Select id="facility-adminUnitId" invalid={!!errors.adminUnitId} aria-describedby={described('adminUnitId')} {...register('adminUnitId')}>
            {adminUnits.length > 1 && <option value="">— Chọn —</option>}
            <Options options={adminUnits.map((u) => ({ value: u.id, label: adminUnitName(u) }))} />
          </Select>
        </Field>
        <div className="sm:col-span-2">
          <Field id="facility-address" label="Địa chỉ" error={errors.address?.message}>
            <Input id="facility-address" invalid={!!errors.address} aria-describedby={described('address')} {...register('address')} />
          </Field>
        </div>
      </div>
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {isSubmitting ? 'Đang đăng ký…' : 'Đăng ký cơ sở'}
      </Button>
    </form>
  );
}
