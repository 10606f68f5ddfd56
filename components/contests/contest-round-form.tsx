'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, Options, Select } from '@/components/ui/field';
import { CONTEST_LEVEL_LABELS, CONTEST_LEVELS } from '@/lib/domain/contest';
import { labelOptions } from '@/lib/domain/labels';
import type { ContestRoundCreateSchemaInput } from './types';
import type { ActionResult } from '@/lib/server/action';

interface Options {
  units: { id: number; label: string }[];
  users: { id: number; label: string }[];
  targets: { id: number; label: string }[];
  defaultTargetId: number | null;
  year: number;
}

/** Sở Công Thương opens a round: decision, criteria with maximum points, council. */
export function ContestRoundForm({ options, create }: { options: Options; create: (input: ContestRoundCreateSchemaInput) => Promise<ActionResult<{ href: string }>> }) {
  const router = useRouter();
  const [level, setLevel] = useState<string>('PROVINCE');
  const [criteria, setCriteria] = useState([{ name: '', maxPoints: '' }]);
  const [members, setMembers] = useState<number[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(form: FormData) {
    setBusy(true);
    setMessage(null);
    const result = await create({
      name: String(form.get('name') ?? ''),
      level: level as ContestRoundCreateSchemaInput['level'],
      year: String(form.get('year') ?? ''),
      adminUnitId: String(form.get('adminUnitId') ?? ''),
      decisionNumber: String(form.get('decisionNumber') ?? ''),
      decisionDate: String(form.get('decisionDate') ?? ''),
      winnerCount: String(form.get('winnerCount') ?? ''),
      programmeTargetId: String(form.get('programmeTargetId') ?? ''),
      criteria: criteria.map((c) => ({ name: c.name, maxPoints: c.maxPoints })),
      memberIds: members,
    });
    setBusy(false);
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      setMessage(result.message);
      return;
    }
    router.push(result.data.href);
  }

  return (
    <form action={submit} className="space-y-4" noValidate>
      <div className="grid gap-4 md:grid-cols-2">
        <Field id="name" label="Tên cuộc bình chọn" required error={errors.name}>
          <Input id="name" name="name" invalid={!!errors.name} />
        </Field>
        <Field id="level" label="Cấp bình chọn" required error={errors.level}>
          <Select id="level" name="level" value={level} onChange={(e) => setLevel(e.target.value)}>
            <Options options={labelOptions(CONTEST_LEVEL_LABELS, CONTEST_LEVELS)} />
          </Select>
        </Field>
        <Field id="year" label="Năm" required error={errors.year}>
          <Input id="year" name="year" inputMode="numeric" defaultValue={options.year} invalid={!!errors.year} />
        </Field>
        {level === 'XA' && (
          <Field id="adminUnitId" label="Xã tổ chức" required error={errors.adminUnitId}>
            <Select id="adminUnitId" name="adminUnitId" invalid={!!errors.adminUnitId}>
              <option value="">— Chọn xã —</option>
              <Options options={options.units.map((u) => ({ value: u.id, label: u.label }))} />
            </Select>
          </Field>
        )}
        <Field id="decisionNumber" label="Số quyết định tổ chức" required error={errors.decisionNumber}>
          <Input id="decisionNumber" name="decisionNumber" invalid={!!errors.decisionNumber} />
        </Field>
        <Field id="decisionDate" label="Ngày quyết định" hint="dd/mm/yyyy" required error={errors.decisionDate}>
          <Input id="decisionDate" name="decisionDate" placeholder="dd/mm/yyyy" invalid={!!errors.decisionDate} />
        </Field>
        <Field id="winnerCount" label="Số sản phẩm được công nhận" required error={errors.winnerCount}>
          <Input id="winnerCount" name="winnerCount" inputMode="numeric" defaultValue={3} invalid={!!errors.winnerCount} />
        </Field>
        {level === 'PROVINCE' && (
          <Field id="programmeTargetId" label="Tính vào chỉ tiêu chương trình" error={errors.programmeTargetId}>
            <Select id="programmeTargetId" name="programmeTargetId" defaultValue={options.defaultTargetId ?? ''}>
              <option value="">— Không gắn chỉ tiêu —</option>
              <Options options={options.targets.map((t) => ({ value: t.id, label: t.label }))} />
            </Select>
          </Field>
        )}
      </div>

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">Tiêu chí chấm điểm</legend>
        {criteria.map((c, i) => (
          <div key={i} className="grid gap-2 sm:grid-cols-[1fr_10rem_auto]">
            <Field id={`criterion-${i}-name`} label={`Tiêu chí ${i + 1}`} error={errors[`criteria.${i}.name`]}>
              <Input id={`criterion-${i}-name`} value={c.name} onChange={(e) => setCriteria(criteria.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))} />
            </Field>
            <Field id={`criterion-${i}-max`} label={`Điểm tối đa tiêu chí ${i + 1}`} error={errors[`criteria.${i}.maxPoints`]}>
              <Input id={`criterion-${i}-max`} inputMode="numeric" value={c.maxPoints} onChange={(e) => setCriteria(criteria.map((x, j) => (j === i ? { ...x, maxPoints: e.target.value } : x)))} />
            </Field>
            {criteria.length > 1 && (
              <Button variant="ghost" className="self-end" onClick={() => setCriteria(criteria.filter((_, j) => j !== i))}>Xoá tiêu chí {i + 1}</Button>
            )}
          </div>
        ))}
        <Button variant="secondary" onClick={() => setCriteria([...criteria, { name: '', maxPoints: '' }])}>Thêm tiêu chí</Button>
        {errors.criteria && <p className="text-xs font-medium text-red-700">{errors.criteria}</p>}
      </fieldset>

      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-800">Hội đồng bình chọn</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {options.users.map((u) => (
            <label key={u.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={members.includes(u.id)} onChange={(e) => setMembers(e.target.checked ? [...members, u.id] : members.filter((m) => m !== u.id))} />
              {u.label}
            </label>
          ))}
        </div>
        {errors.memberIds && <p className="text-xs font-medium text-red-700">{errors.memberIds}</p>}
      </fieldset>

      {message && <Alert tone="error">{message}</Alert>}
      <Button type="submit" disabled={busy}>{busy ? 'Đang lưu…' : 'Lập cuộc bình chọn'}</Button>
    </form>
  );
}
