'use client';

import { useMemo, useState } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Field, Input, Options, Select } from '@/components/ui/field';
import { matchesFacilitySearch } from '@/lib/domain/facility-search';
import { TextControl } from '@/components/ui/form-controls';

/** The `beneficiaries` rows of the surrounding form: chosen facilities, what each receives, add/remove. */
export function BeneficiaryRows({ isGroup, facilities }: { isGroup: boolean; facilities: { value: number; label: string }[] }) {
  const { control } = useFormContext<{ beneficiaries: { facilityId: number; equipment: string }[] }>();
  const rows = useFieldArray({ control, name: 'beneficiaries' });
  const [filter, setFilter] = useState('');
  const [choice, setChoice] = useState('');
  const labelOf = useMemo(() => new Map(facilities.map((f) => [f.value, f.label])), [facilities]);
  const chosen = new Set(rows.fields.map((r) => Number(r.facilityId)));
  const visible = facilities.filter((f) => !chosen.has(f.value) && matchesFacilitySearch({ name: f.label, taxCode: '' }, filter));
  const full = !isGroup && rows.fields.length >= 1;
  return (
    <div className="space-y-3">
      {rows.fields.length === 0 && <p className="text-sm text-slate-600">Chưa chọn cơ sở nào.</p>}
      <ul className="space-y-3">
        {rows.fields.map((row, index) => (
          <li key={row.id} className="rounded-md border border-slate-200 p-3">
            <p className="text-sm font-medium text-slate-900">{labelOf.get(Number(row.facilityId)) ?? `Cơ sở #${row.facilityId}`}</p>
            <div className="mt-2 flex flex-wrap items-end gap-2">
              <div className="min-w-0 flex-1">
                <TextControl name={`beneficiaries.${index}.equipment`} label="Thiết bị, nội dung được hỗ trợ" hint="Dùng để kiểm tra trùng lặp hỗ trợ" />
              </div>
              <Button variant="secondary" onClick={() => rows.remove(index)}>
                Bỏ cơ sở
              </Button>
            </div>
          </li>
        ))}
      </ul>
      {full ? (
        <p className="text-sm text-slate-600">Đề án không phải đề án nhóm chỉ hỗ trợ một cơ sở (đánh dấu &quot;Đề án nhóm&quot; ở thông tin chung để thêm).</p>
      ) : (
        <div className="grid gap-2 rounded-md bg-slate-50 p-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
          <Field id="facility-filter" label="Tìm cơ sở (tên, MST)">
            <Input id="facility-filter" value={filter} onChange={(e) => setFilter(e.target.value)} />
          </Field>
          <Field id="facility-choice" label="Cơ sở">
            <Select id="facility-choice" value={choice} onChange={(e) => setChoice(e.target.value)}>
              <option value="">— Chọn cơ sở ({visible.length}) —</option>
              <Options options={visible.slice(0, 200)} />
            </Select>
          </Field>
          <Button
            variant="secondary"
            disabled={!choice}
            onClick={() => {
              rows.append({ facilityId: Number(choice), equipment: '' });
              setChoice('');
            }}
          >
            Thêm cơ sở
          </Button>
        </div>
      )}
    </div>
  );
}
