'use client';

import { useId, useState } from 'react';
import { inputClass } from '@/components/ui/field';
import { matchesFacilitySearch } from '@/lib/domain/facility-search';
import { adminUnitName } from '@/lib/domain/labels';

export interface FacilityOption {
  id: number;
  name: string;
  taxCode: string;
  adminUnit: { type: 'XA' | 'PHUONG' | 'DAC_KHU'; name: string };
}

/** Beneficiaries of a proposal, picked from the facilities in the actor's scope (searchable by name or MST). */
export function FacilityPicker({
  facilities,
  selected,
  onChange,
  error,
}: {
  facilities: FacilityOption[];
  selected: number[];
  onChange: (ids: number[]) => void;
  error?: string;
}) {
  const id = useId();
  const [query, setQuery] = useState('');
  const shown = facilities.filter((f) => matchesFacilitySearch({ name: f.name, taxCode: f.taxCode, place: adminUnitName(f.adminUnit) }, query));
  const toggle = (facilityId: number, on: boolean) => onChange(on ? [...selected, facilityId] : selected.filter((x) => x !== facilityId));

  return (
    <fieldset className="space-y-2" aria-describedby={error ? `${id}-error` : `${id}-hint`}>
      {/* The card around the picker shows the title; the legend names the group for screen readers. */}
      <legend className="sr-only">Cơ sở thụ hưởng</legend>
      <p id={`${id}-hint`} className="text-xs text-slate-500">
        Đã chọn {selected.length} cơ sở. Không bắt buộc với nội dung không hỗ trợ trực tiếp cơ sở (đào tạo chung, hội chợ…).
      </p>
      <label htmlFor={`${id}-search`} className="sr-only">
        Tìm cơ sở theo tên hoặc MST
      </label>
      <input id={`${id}-search`} type="search" placeholder="Tìm theo tên hoặc MST" className={inputClass} value={query} onChange={(e) => setQuery(e.target.value)} />
      <ul className="max-h-64 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200 bg-white">
        {shown.length === 0 && <li className="px-3 py-2 text-sm text-slate-500">Không có cơ sở phù hợp.</li>}
        {shown.map((f) => (
          <li key={f.id}>
            <label className="flex min-h-10 cursor-pointer items-start gap-2 px-3 py-2 text-sm hover:bg-slate-50">
              <input type="checkbox" className="mt-0.5 size-4" checked={selected.includes(f.id)} onChange={(e) => toggle(f.id, e.target.checked)} />
              <span>
                <span className="font-medium">{f.name}</span>
                <span className="block text-xs text-slate-500">
                  MST {f.taxCode} · {adminUnitName(f.adminUnit)}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {error && (
        <p id={`${id}-error`} className="text-xs font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
