import { Link } from '@/components/ui/link';
import { Button } from '@/components/ui/button';
import { type ChoiceOption, FilterChoice } from '@/components/ui/field';
import { FUNDING_LEVEL_SHORT } from '@/lib/domain/labels';
import { reportLink } from '@/lib/domain/reports-links';
import type { ReportQuery } from '@/lib/schemas/report';

type Option = ChoiceOption;

/** Period and scope of a report: a GET form, so a report is a link people can share. */
export function ReportFilters({
  query,
  action,
  options,
}: {
  query: ReportQuery;
  action: string;
  options: { years: number[]; periods: { yearFrom: number; yearTo: number }[]; categories: Option[]; adminUnits: Option[]; areas: string[] };
}) {
  const v = (x: unknown) => (x === undefined || x === null ? '' : String(x));
  const years = options.years.map((y) => ({ value: y, label: String(y) }));
  return (
    <form method="get" action={action} aria-label="Kỳ và phạm vi báo cáo" className="mb-4 space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      {query.province && <input type="hidden" name="province" value={query.province} />}
      {options.periods.length > 0 && (
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-slate-600">Giai đoạn chương trình:</span>
          {options.periods.map((p) => (
            <Link key={`${p.yearFrom}`} href={reportLink({ ...query, yearFrom: p.yearFrom, yearTo: p.yearTo }, action)} className="rounded-md border border-slate-300 px-2 py-1 hover:bg-slate-100">
              {p.yearFrom}–{p.yearTo}
            </Link>
          ))}
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <FilterChoice id="r-from" label="Từ năm" name="yearFrom" value={v(query.yearFrom)} all="Từ đầu" options={years} />
        <FilterChoice id="r-to" label="Đến năm" name="yearTo" value={v(query.yearTo)} all="Đến nay" options={years} />
        <FilterChoice id="r-source" label="Nguồn kinh phí" name="source" value={v(query.source)} all="Tất cả nguồn" options={Object.entries(FUNDING_LEVEL_SHORT).map(([value, label]) => ({ value, label }))} />
        <FilterChoice id="r-area" label="Khu vực" name="area" value={v(query.area)} all="Toàn tỉnh" options={options.areas.map((a) => ({ value: a, label: a }))} />
        <FilterChoice id="r-xa" label="Xã/phường/đặc khu" name="xa" value={v(query.xa)} all="Mọi xã" options={options.adminUnits} />
        <FilterChoice id="r-content" label="Nội dung" name="content" value={v(query.content)} all="Mọi nội dung" options={options.categories} />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit">Xem báo cáo</Button>
        <Link href={action} className="self-center text-sm text-brand-700 hover:underline">
          Bỏ lọc
        </Link>
      </div>
    </form>
  );
}
