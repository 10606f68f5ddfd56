'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Textarea } from '@/components/ui/field';
import type { ReportNarrative } from '@/lib/domain/reports-periodic';
import type { PeriodicReportSaveInput } from '@/lib/schemas/report';
import type { ActionResult } from '@/lib/server/action';

interface Props {
  reportId: number;
  narrative: ReportNarrative;
  save: (input: PeriodicReportSaveInput) => Promise<ActionResult<{ message: string }>>;
  submit: (input: { reportId: number }) => Promise<ActionResult<{ message: string }>>;
}

/** The narrative of a report (results, difficulties, proposals): save, then send to Sở Công Thương. */
export function PeriodicReportForm({ reportId, narrative, save, submit }: Props) {
  const router = useRouter();
  const [values, setValues] = useState(narrative);
  const [result, setResult] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const field = (key: keyof ReportNarrative, label: string, hint: string) => (
    <Field id={`n-${key}`} label={label} hint={hint} required={key === 'results'}>
      <Textarea id={`n-${key}`} rows={5} value={values[key]} aria-describedby={`n-${key}-hint`} onChange={(e) => setValues({ ...values, [key]: e.target.value })} />
    </Field>
  );

  async function run(send: boolean) {
    setBusy(true);
    setResult(null);
    const saved = await save({ reportId, ...values });
    const outcome = saved.ok && send ? await submit({ reportId }) : saved;
    setBusy(false);
    if (!outcome.ok) return setResult({ tone: 'error', text: outcome.message });
    setResult({ tone: 'success', text: outcome.data.message });
    router.refresh();
  }

  return (
    <form onSubmit={(e) => { e.preventDefault(); void run(false); }} className="space-y-4" aria-label="Nội dung báo cáo">
      {field('results', 'Kết quả thực hiện', 'Các hoạt động, đề án đã thực hiện trong kỳ')}
      {field('difficulties', 'Khó khăn, vướng mắc', 'Để trống nếu không có')}
      {field('proposals', 'Đề xuất, kiến nghị', 'Để trống nếu không có')}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="secondary" disabled={busy}>Lưu nháp</Button>
        <Button onClick={() => void run(true)} disabled={busy}>{busy ? 'Đang xử lý…' : 'Gửi Sở Công Thương'}</Button>
      </div>
      {result && <Alert tone={result.tone}>{result.text}</Alert>}
    </form>
  );
}
