import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { Field, Select } from '@/components/ui/field';
import { DataTable } from '@/components/ui/table';
import { formatDate } from '@/lib/domain/format';
import { REPORT_LIFECYCLE } from '@/lib/domain/lifecycle/report';
import { isValidPeriod, periodLabel, periodsOf, PERIODIC_KINDS, REPORT_KIND_LABELS } from '@/lib/domain/reports-periodic';
import { periodicReportOpenSchema } from '@/lib/schemas/report';
import { requirePermission } from '@/lib/server/auth';
import { now } from '@/lib/server/clock';
import { findMissingReports } from '@/lib/server/reports/periodic/find-missing-reports';

export const metadata: Metadata = { title: 'Theo dõi nộp báo cáo' };

type Search = Record<string, string | string[] | undefined>;

/** The last quarter that has ended: the default period to chase. */
function lastQuarter(today: Date) {
  const q = Math.floor(today.getUTCMonth() / 3);
  return q === 0 ? { year: today.getUTCFullYear() - 1, period: 4 } : { year: today.getUTCFullYear(), period: q };
}

export default async function MissingReportsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePermission('report:review', '/bao-cao/dinh-ky/theo-doi');
  const search = await searchParams;
  const fallback = { kind: 'QUARTERLY' as const, ...lastQuarter(now()) };
  const parsed = periodicReportOpenSchema.safeParse({ kind: search.kind, year: search.year, period: search.period });
  const input = parsed.success && isValidPeriod(parsed.data.kind, parsed.data.period) ? parsed.data : fallback;
  const { missing, delivered, dueOn, dueDays } = await findMissingReports(actor, input);
  return (
    <>
      <PageHeader title="Theo dõi nộp báo cáo định kỳ" description={`${periodLabel(input.kind, input.year, input.period)} · hạn nộp ${formatDate(dueOn)} (${dueDays} ngày sau khi hết kỳ)`} />
      <form method="get" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4" aria-label="Chọn kỳ báo cáo">
        <Field id="m-kind" label="Loại báo cáo">
          <Select id="m-kind" name="kind" defaultValue={input.kind}>
            {PERIODIC_KINDS.map((k) => <option key={k} value={k}>{REPORT_KIND_LABELS[k]}</option>)}
          </Select>
        </Field>
        <Field id="m-year" label="Năm">
          <Select id="m-year" name="year" defaultValue={input.year}>
            {[input.year + 1, input.year, input.year - 1].map((y) => <option key={y} value={y}>{y}</option>)}
          </Select>
        </Field>
        <Field id="m-period" label="Kỳ (tháng, quý, nửa năm; 0 = cả năm)">
          <Select id="m-period" name="period" defaultValue={input.period}>
            {[...new Set([0, ...periodsOf('MONTHLY_PROGRESS')])].map((p) => <option key={p} value={p}>{p}</option>)}
          </Select>
        </Field>
        <div className="self-end"><Button type="submit">Xem</Button></div>
      </form>
      <h2 className="mb-2 text-lg font-semibold">Chưa nộp ({missing.length})</h2>
      <DataTable
        caption="Xã chưa nộp báo cáo"
        rows={missing}
        empty="Tất cả các xã đã nộp báo cáo kỳ này."
        rowKey={(m) => m.organizationId}
        columns={[
          { header: 'Xã/phường/đặc khu', cell: (m) => m.name },
          { header: 'Tình trạng', cell: (m) => (m.report ? <Link href={`/bao-cao/dinh-ky/${m.report.id}`} className="text-brand-700 hover:underline">{REPORT_LIFECYCLE.statusLabels[m.report.status]}</Link> : 'Chưa lập') },
          { header: 'Số ngày chậm', cell: (m) => (m.daysLate > 0 ? `Chậm ${m.daysLate} ngày` : 'Chưa đến hạn'), numeric: true },
        ]}
      />
      <h2 className="mb-2 mt-6 text-lg font-semibold">Đã nộp ({delivered.length})</h2>
      {delivered.length > 0 && (
        <ul className="list-inside list-disc text-sm">
          {delivered.map((d) => (
            <li key={d.organizationId}>
              <Link href={`/bao-cao/dinh-ky/${d.report!.id}`} className="text-brand-700 hover:underline">{d.name}</Link> — {REPORT_LIFECYCLE.statusLabels[d.report!.status]}
              {d.report?.submittedAt && `, gửi ${formatDate(d.report.submittedAt)}`}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
