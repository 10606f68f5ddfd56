'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Select } from '@/components/ui/field';
import { periodLabel, periodsOf, PERIODIC_KINDS, REPORT_KIND_LABELS } from '@/lib/domain/reports-periodic';
import type { PeriodicReportOpenInput } from '@/lib/schemas/report';
import type { ActionResult } from '@/lib/server/action';

type Kind = PeriodicReportOpenInput['kind'];

/** Choose the period and open (or reopen) the unit's report for it. */
export function PeriodicOpenForm({ years, open }: { years: number[]; open: (input: PeriodicReportOpenInput) => Promise<ActionResult<{ href: string }>> }) {
  const router = useRouter();
  const [kind, setKind] = useState<Kind>('QUARTERLY');
  const [year, setYear] = useState(years[0]!);
  const [period, setPeriod] = useState(periodsOf('QUARTERLY')[0]!);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const result = await open({ kind, year, period });
    setBusy(false);
    if (!result.ok) return setError(result.message);
    router.push(result.data.href);
  }

  return (
    <form onSubmit={submit} className="space-y-3" aria-label="Lập báo cáo định kỳ">
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id="p-kind" label="Loại báo cáo">
          <Select id="p-kind" value={kind} onChange={(e) => { const k = e.target.value as Kind; setKind(k); setPeriod(periodsOf(k)[0]!); }}>
            {PERIODIC_KINDS.map((k) => <option key={k} value={k}>{REPORT_KIND_LABELS[k]}</option>)}
          </Select>
        </Field>
        <Field id="p-year" label="Năm">
          <Select id="p-year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </Select>
        </Field>
        <Field id="p-period" label="Kỳ">
          <Select id="p-period" value={period} onChange={(e) => setPeriod(Number(e.target.value))}>
            {periodsOf(kind).map((p) => <option key={p} value={p}>{periodLabel(kind, year, p)}</option>)}
          </Select>
        </Field>
      </div>
      <Button type="submit" disabled={busy}>{busy ? 'Đang mở…' : 'Lập báo cáo'}</Button>
      {error && <Alert tone="error">{error}</Alert>}
    </form>
  );
}
