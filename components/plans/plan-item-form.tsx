'use client';

import { useState } from 'react';
import { Card } from '@/components/ui/card';
import { CharacterCount, Field, Input, Options, Select, Textarea } from '@/components/ui/field';
import { ServerForm } from '@/components/ui/server-form';
import { useServerForm } from '@/components/ui/use-server-form';
import { adminUnitName, FUNDING_LEVEL_LABELS } from '@/lib/domain/labels';
import { planItemSchema, type PlanFacilityFormValues, type PlanItemFormValues } from '@/lib/schemas/plan';
import type { ActionResult } from '@/lib/server/action';
import { FacilityPicker, type FacilityOption } from './facility-picker';
import { MoneyCheck } from './money-check';
import { NewFacilityForm } from './new-facility-form';
import { PlanItemNormCheck, type PlanItemCheckAction } from './plan-item-norm-check';

type Values = PlanItemFormValues;

export interface PlanItemFormOptions {
  categories: { id: number; code: string; name: string }[];
  targets: { id: number; label: string; unit: string | null; plannedThisYear: number | null }[];
  adminUnits: { id: number; type: 'XA' | 'PHUONG' | 'DAC_KHU'; name: string }[];
  facilities: FacilityOption[];
}

const MONEY_FIELDS = [
  { key: 'totalCostVnd', label: 'Tổng kinh phí (đồng)', required: true },
  { key: 'requestedSupportVnd', label: 'Kinh phí khuyến công đề nghị hỗ trợ (đồng)', required: true },
  { key: 'counterpartVnd', label: 'Vốn đối ứng của cơ sở (đồng)', required: false },
  { key: 'otherFundingVnd', label: 'Nguồn khác, lồng ghép (đồng)', required: false },
] as const;

/**
 * One proposed đề án of a plan: what, which programme target, where, for whom and how it is paid.
 * The server recomputes and checks everything; the sum shown here is only a help while typing.
 */
export function PlanItemForm({
  planId,
  year,
  initial,
  options,
  fixedAdminUnit,
  save,
  registerFacility,
  check,
}: {
  planId: number;
  year: number;
  initial: Values;
  options: PlanItemFormOptions;
  /** A xã plan's proposals take place in that xã. */
  fixedAdminUnit: { type: 'XA' | 'PHUONG' | 'DAC_KHU'; name: string } | null;
  save: (input: PlanItemFormValues) => Promise<ActionResult<{ id: number }>>;
  registerFacility: (input: PlanFacilityFormValues) => Promise<ActionResult<FacilityOption>>;
  check: PlanItemCheckAction;
}) {
  const [facilities, setFacilities] = useState(options.facilities);
  // The action revalidates the plan pages, so the plan opens with the saved proposal in it.
  const state = useServerForm<Values, { id: number }>({ schema: planItemSchema, defaultValues: initial, action: save, redirectTo: () => `/ke-hoach/${year}/don-vi/${planId}` });
  const {
    register,
    watch,
    setValue,
    formState: { errors },
  } = state.form;
  const selected = watch('facilityIds');
  const money = watch(['totalCostVnd', 'requestedSupportVnd', 'counterpartVnd', 'otherFundingVnd']);
  const watched = watch(['name', 'contentCategoryId', 'fundingLevel']);

  const err = (key: keyof Values) => (errors[key] as { message?: string } | undefined)?.message;
  const aria = (key: keyof Values, hint = false) => ({
    invalid: !!err(key),
    'aria-describedby': err(key) ? `item-${key}-error` : hint ? `item-${key}-hint` : undefined,
  });

  return (
    <div className="space-y-4">
      <ServerForm state={state} label="Đề xuất đề án" className="space-y-4" submitLabel="Lưu đề xuất" pendingLabel="Đang lưu…">
        <Card title="Nội dung đề án">
          <div className="grid gap-3 sm:grid-cols-2">
            <div className="sm:col-span-2">
              <Field id="item-name" label="Tên đề án" error={err('name')} required>
                <Input id="item-name" {...aria('name')} {...register('name')} />
              </Field>
            </div>
            <Field id="item-contentCategoryId" label="Nội dung hoạt động khuyến công" error={err('contentCategoryId')} required>
              <Select id="item-contentCategoryId" {...aria('contentCategoryId')} {...register('contentCategoryId')}>
                <option value="">— Chọn nội dung —</option>
                <Options options={options.categories.map((c) => ({ value: c.id, label: `${c.code} · ${c.name}` }))} />
              </Select>
            </Field>
            <Field id="item-fundingLevel" label="Nguồn kinh phí đề nghị" error={err('fundingLevel')} required>
              <Select id="item-fundingLevel" {...aria('fundingLevel')} {...register('fundingLevel')}>
                <option value="KCDP">{FUNDING_LEVEL_LABELS.KCDP} (KCĐP)</option>
                <option value="KCQG">{FUNDING_LEVEL_LABELS.KCQG} (KCQG)</option>
              </Select>
            </Field>
            <Field id="item-programmeTargetId" label="Chỉ tiêu chương trình" hint={`Bắt buộc khi gửi kế hoạch. Năm ${year}.`} error={err('programmeTargetId')}>
              <Select id="item-programmeTargetId" {...aria('programmeTargetId', true)} {...register('programmeTargetId')}>
                <option value="">— Chọn chỉ tiêu —</option>
                {options.targets.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.label}
                    {t.plannedThisYear !== null ? ` (KH năm: ${t.plannedThisYear} ${t.unit ?? ''})` : ''}
                  </option>
                ))}
              </Select>
            </Field>
            <Field id="item-targetQuantity" label="Số lượng theo chỉ tiêu" hint="Theo đơn vị tính của chỉ tiêu" error={err('targetQuantity')}>
              <Input id="item-targetQuantity" inputMode="numeric" {...aria('targetQuantity', true)} {...register('targetQuantity')} />
            </Field>
            <Field id="item-adminUnitId" label="Xã/phường/đặc khu thực hiện" error={err('adminUnitId')}>
              {fixedAdminUnit ? (
                <Input id="item-adminUnitId" value={adminUnitName(fixedAdminUnit)} readOnly disabled />
              ) : (
                <Select id="item-adminUnitId" {...aria('adminUnitId')} {...register('adminUnitId')}>
                  <option value="">— Nhiều địa bàn / chưa xác định —</option>
                  <Options options={options.adminUnits.map((u) => ({ value: u.id, label: adminUnitName(u) }))} />
                </Select>
              )}
            </Field>
            <Field id="item-place" label="Địa điểm cụ thể" error={err('place')}>
              <Input id="item-place" {...aria('place')} {...register('place')} />
            </Field>
            <div className="sm:col-span-2">
              <Field id="item-expectedOutputs" label="Kết quả dự kiến" error={err('expectedOutputs')}>
                <Textarea id="item-expectedOutputs" maxLength={2000} {...aria('expectedOutputs')} {...register('expectedOutputs')} />
                <CharacterCount fieldId="item-expectedOutputs" length={(watch('expectedOutputs') ?? '').length} max={2000} />
              </Field>
            </div>
          </div>
        </Card>
        <Card title="Kinh phí dự kiến">
          <div className="grid gap-3 sm:grid-cols-2">
            {MONEY_FIELDS.map((f) => (
              <Field key={f.key} id={`item-${f.key}`} label={f.label} error={err(f.key)} required={f.required}>
                <Input id={`item-${f.key}`} inputMode="numeric" placeholder="0" {...aria(f.key)} {...register(f.key)} />
              </Field>
            ))}
          </div>
          <MoneyCheck total={money[0]} parts={[money[1], money[2], money[3]]} />
          <PlanItemNormCheck
            check={check}
            values={{ planId, itemId: initial.itemId, name: watched[0], contentCategoryId: watched[1], fundingLevel: watched[2], totalCostVnd: money[0], requestedSupportVnd: money[1], facilityIds: selected }}
          />
        </Card>
        <Card title="Cơ sở thụ hưởng">
          <FacilityPicker
            facilities={facilities}
            selected={(selected ?? []).map(Number)}
            onChange={(ids) => setValue('facilityIds', ids, { shouldDirty: true })}
            error={err('facilityIds')}
          />
        </Card>
      </ServerForm>
      <details className="rounded-lg border border-slate-200 bg-white p-4">
        <summary className="cursor-pointer text-sm font-semibold text-brand-700">Cơ sở chưa có trong danh sách? Đăng ký cơ sở mới</summary>
        <div className="mt-3">
          <NewFacilityForm
            planId={planId}
            adminUnits={options.adminUnits}
            registerFacility={registerFacility}
            onCreated={(facility) => {
              setFacilities((list) => [...list, facility].sort((a, b) => a.name.localeCompare(b.name, 'vi')));
              setValue('facilityIds', [...(selected ?? []).map(Number), facility.id], { shouldDirty: true });
            }}
          />
        </div>
      </details>
    </div>
  );
}
