'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, inputClass } from '@/components/ui/field';
import { Table, Td, Th } from '@/components/ui/table';
import { formatVnd, formatVndPlain, parseVnd, sumVnd } from '@/lib/domain/money';
import { budgetAppraisalSchema, type BudgetAppraisalFormValues } from '@/lib/schemas/plan';
import type { ActionResult } from '@/lib/server/action';

export interface BudgetRow {
  itemId: number;
  name: string;
  organization: string;
  /** Decimal strings: bigint does not cross to the browser as props. */
  requestedVnd: string;
  approvedVnd: string | null;
  comment: string | null;
}

type Values = BudgetAppraisalFormValues;

function parsed(value: string | number | bigint): bigint | null {
  try {
    return typeof value === 'string' && value.trim() === '' ? null : parseVnd(value);
  } catch {
    return null;
  }
}

/**
 * Sở Tài chính's appraisal: the year's KCĐP ceiling and the approved support per proposal,
 * prefilled with the request. The running total is a help; the server recomputes it.
 */
export function BudgetForm({
  year,
  ceilingVnd,
  rows,
  save,
}: {
  year: number;
  ceilingVnd: string | null;
  rows: BudgetRow[];
  save: (input: BudgetAppraisalFormValues) => Promise<ActionResult<{ approvedTotal: string; warning: string | null }>>;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: 'error' | 'success' | 'warning'; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    watch,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(budgetAppraisalSchema, undefined, { raw: true }),
    defaultValues: {
      year: String(year),
      budgetCeilingVnd: ceilingVnd ? formatVndPlain(BigInt(ceilingVnd)) : '',
      items: rows.map((r) => ({ itemId: r.itemId, approvedSupportVnd: formatVndPlain(BigInt(r.approvedVnd ?? r.requestedVnd)), comment: r.comment ?? '' })),
    },
  });
  const amounts = watch('items').map((i) => parsed(i.approvedSupportVnd));
  const ceiling = parsed(watch('budgetCeilingVnd'));
  const total = sumVnd(amounts);

  async function onSubmit(values: Values) {
    setMessage(null);
    const result = await save(values);
    if (!result.ok) {
      setMessage({ tone: 'error', text: result.message });
      for (const [key, text] of Object.entries(result.fieldErrors ?? {})) setError(key as never, { message: text });
      return;
    }
    setMessage(result.data.warning ? { tone: 'warning', text: result.data.warning } : { tone: 'success', text: `Đã lưu. Tổng hỗ trợ được duyệt ${result.data.approvedTotal}.` });
    router.refresh();
  }

  const ceilingError = errors.budgetCeilingVnd?.message;
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4" aria-label="Thẩm định kinh phí">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <div className="max-w-sm">
        <Field id="budget-ceiling" label={`Trần kinh phí KCĐP năm ${year} (đồng)`} error={ceilingError} required>
          <Input id="budget-ceiling" inputMode="numeric" invalid={!!ceilingError} aria-describedby={ceilingError ? 'budget-ceiling-error' : undefined} {...register('budgetCeilingVnd')} />
        </Field>
      </div>
      <Table caption="Mức hỗ trợ được duyệt từng đề án KCĐP">
        <thead>
          <tr>
            <Th>Đề án</Th>
            <Th numeric>Đề nghị</Th>
            <Th>Được duyệt (đồng)</Th>
            <Th>Ý kiến (bắt buộc khi duyệt thấp hơn)</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row, index) => {
            const amountError = (errors.items?.[index]?.approvedSupportVnd as { message?: string } | undefined)?.message;
            const id = `budget-${row.itemId}`;
            return (
              <tr key={row.itemId}>
                <Td>
                  <span className="font-medium">{row.name}</span>
                  <span className="block text-xs text-slate-500">{row.organization}</span>
                </Td>
                <Td numeric>{formatVndPlain(BigInt(row.requestedVnd))}</Td>
                <Td className="min-w-44">
                  <label htmlFor={`${id}-amount`} className="sr-only">
                    Mức được duyệt cho {row.name}
                  </label>
                  <input
                    id={`${id}-amount`}
                    inputMode="numeric"
                    className={`${inputClass} tabular text-right`}
                    aria-invalid={!!amountError || undefined}
                    aria-describedby={amountError ? `${id}-error` : undefined}
                    {...register(`items.${index}.approvedSupportVnd`)}
                  />
                  {amountError && (
                    <p id={`${id}-error`} className="mt-1 text-xs font-medium text-red-700">
                      {amountError}
                    </p>
                  )}
                </Td>
                <Td className="min-w-56">
                  <label htmlFor={`${id}-comment`} className="sr-only">
                    Ý kiến về {row.name}
                  </label>
                  <input id={`${id}-comment`} className={inputClass} {...register(`items.${index}.comment`)} />
                </Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      <p role="status" className={`text-sm ${ceiling !== null && total > ceiling ? 'font-semibold text-red-800' : 'text-slate-700'}`}>
        Tổng được duyệt: <span className="tabular">{formatVnd(total)}</span>
        {ceiling !== null && (total > ceiling ? ` — vượt trần ${formatVnd(total - ceiling)}.` : ` — còn ${formatVnd(ceiling - total)} trong trần.`)}
      </p>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? 'Đang lưu…' : 'Lưu thẩm định'}
      </Button>
    </form>
  );
}
