'use client';

import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { formatVnd, multiplyQuantity, parseVnd, sumVnd } from '@/lib/domain/money';
import { EMPTY_LINE, type CostLineValues } from './cost-line-values';
import { MoneyControl, SelectControl, TextControl } from '@/components/ui/form-controls';

export type { CostLineValues };

function amountOf(line: Partial<CostLineValues>): bigint | null {
  try {
    return multiplyQuantity((line.quantity ?? '').replace(',', '.'), parseVnd(line.unitPriceVnd ?? ''));
  } catch {
    return null;
  }
}

function money(value: string | undefined): bigint {
  try {
    return value?.trim() ? parseVnd(value) : 0n;
  } catch {
    return 0n;
  }
}

/**
 * The rows of a dự toán inside a surrounding form (field `lines`). Amounts and totals shown here
 * are a help while typing; the server computes the ones that count.
 */
export function CostLinesEditor({ facilities }: { facilities: { value: number; label: string }[] | null }) {
  const { control } = useFormContext<{ lines: CostLineValues[] }>();
  const rows = useFieldArray({ control, name: 'lines' });
  const lines = useWatch({ control, name: 'lines' }) ?? [];
  const amounts = lines.map(amountOf);
  const total = sumVnd(amounts);
  const support = sumVnd(lines.map((l) => money(l.stateSupportVnd)));
  return (
    <div className="space-y-3">
      <ol className="space-y-3">
        {rows.fields.map((row, index) => {
          const line: Partial<CostLineValues> = lines[index] ?? {};
          const amount = amounts[index] ?? null;
          const split = money(line.stateSupportVnd) + money(line.counterpartVnd) + money(line.otherVnd);
          return (
            <li key={row.id} className="rounded-md border border-slate-200 p-3" aria-label={`Dòng dự toán ${index + 1}`}>
              <div className="flex items-center justify-between gap-2">
                <p className="text-sm font-semibold text-slate-800">Dòng {index + 1}</p>
                <Button variant="ghost" onClick={() => rows.remove(index)} aria-label={`Xoá dòng ${index + 1}`}>
                  Xoá dòng
                </Button>
              </div>
              <div className="mt-2 grid gap-3 sm:grid-cols-4">
                <div className="sm:col-span-2">
                  <TextControl name={`lines.${index}.item`} label="Nội dung chi" required />
                </div>
                <TextControl name={`lines.${index}.unit`} label="Đơn vị tính" required />
                <TextControl name={`lines.${index}.quantity`} label="Số lượng" inputMode="decimal" hint="Tối đa 2 chữ số thập phân" required />
                <MoneyControl name={`lines.${index}.unitPriceVnd`} label="Đơn giá (đồng)" required />
                <MoneyControl name={`lines.${index}.stateSupportVnd`} label="Ngân sách hỗ trợ (đồng)" />
                <MoneyControl name={`lines.${index}.counterpartVnd`} label="Vốn đối ứng (đồng)" />
                <MoneyControl name={`lines.${index}.otherVnd`} label="Nguồn khác (đồng)" />
                {facilities && (
                  <div className="sm:col-span-2">
                    <SelectControl name={`lines.${index}.facilityId`} label="Cơ sở" options={facilities} placeholder="— Chi phí chung —" />
                  </div>
                )}
              </div>
              <p className="mt-2 text-sm text-slate-700" aria-live="polite">
                Thành tiền: <strong className="tabular">{amount === null ? '—' : formatVnd(amount)}</strong>
                {amount !== null && split !== amount && <span className="ml-2 text-amber-800">· các nguồn cộng lại {formatVnd(split)}, chưa khớp</span>}
              </p>
            </li>
          );
        })}
      </ol>
      <Button variant="secondary" onClick={() => rows.append({ ...EMPTY_LINE })}>
        Thêm dòng dự toán
      </Button>
      <p className="text-sm text-slate-700">
        Tổng (tạm tính): <strong className="tabular">{formatVnd(total)}</strong> · Ngân sách hỗ trợ: <strong className="tabular">{formatVnd(support)}</strong>
      </p>
    </div>
  );
}
