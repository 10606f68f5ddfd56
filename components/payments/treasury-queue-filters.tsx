import { Button } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';
import { PAYMENT_LIFECYCLE } from '@/lib/domain/lifecycle/payment';
import { PAYMENT_KIND_LABELS } from '@/lib/domain/payment-labels';

/** A plain GET form: the filters live in the address, so a filtered queue can be bookmarked. */
export function TreasuryQueueFilters({ status, kind, q }: { status: string; kind: string; q: string }) {
  return (
    <form method="get" className="mb-4 grid grid-cols-1 items-end gap-3 sm:grid-cols-4" aria-label="Lọc đề nghị">
      <Field id="kb-q" label="Đề án, đơn vị thụ hưởng">
        <Input id="kb-q" name="q" defaultValue={q} />
      </Field>
      <Field id="kb-status" label="Trạng thái">
        <Select id="kb-status" name="trang_thai" defaultValue={status}>
          <option value="">Tất cả</option>
          {Object.entries(PAYMENT_LIFECYCLE.statusLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="kb-kind" label="Loại">
        <Select id="kb-kind" name="loai" defaultValue={kind}>
          <option value="">Tất cả</option>
          {Object.entries(PAYMENT_KIND_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit">Lọc</Button>
    </form>
  );
}
