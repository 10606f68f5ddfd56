'use client';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, Options, Select, Textarea } from '@/components/ui/field';
import { useMessageAction } from '@/components/ui/use-message-action';
import type { ContestEntryInput } from '@/lib/schemas/contest';
import type { ActionResult } from '@/lib/server/action';

/** A xã officer forwards a product of a facility on its xã. */
export function ContestEntryForm({
  roundId,
  facilities,
  forward,
}: {
  roundId: number;
  facilities: { id: number; name: string }[];
  forward: (input: ContestEntryInput) => Promise<ActionResult<{ message: string }>>;
}) {
  const { errors, result, busy, run } = useMessageAction();

  function submit(form: FormData) {
    return run(() =>
      forward({
        roundId,
        facilityId: Number(form.get('facilityId') || 0),
        productName: String(form.get('productName') ?? ''),
        productGroup: String(form.get('productGroup') ?? ''),
        description: String(form.get('description') ?? ''),
      }),
    );
  }

  return (
    <form action={submit} className="space-y-3" noValidate>
      <div className="grid gap-3 md:grid-cols-2">
        <Field id="facilityId" label="Cơ sở" required error={errors.facilityId}>
          <Select id="facilityId" name="facilityId" invalid={!!errors.facilityId}>
            <option value="">— Chọn cơ sở —</option>
            <Options options={facilities.map((f) => ({ value: f.id, label: f.name }))} />
          </Select>
        </Field>
        <Field id="productName" label="Tên sản phẩm" required error={errors.productName}>
          <Input id="productName" name="productName" invalid={!!errors.productName} />
        </Field>
        <Field id="productGroup" label="Nhóm sản phẩm" required error={errors.productGroup}>
          <Input id="productGroup" name="productGroup" placeholder="Ví dụ: Thủ công mỹ nghệ" invalid={!!errors.productGroup} />
        </Field>
        <Field id="description" label="Mô tả sản phẩm" error={errors.description}>
          <Textarea id="description" name="description" rows={2} />
        </Field>
      </div>
      {result && <Alert tone={result.tone}>{result.text}</Alert>}
      <Button type="submit" disabled={busy}>{busy ? 'Đang gửi…' : 'Gửi sản phẩm'}</Button>
    </form>
  );
}
