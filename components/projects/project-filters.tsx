import { FilterButtons } from '@/components/ui/button';
import { type ChoiceOption, Field, FilterChoice, Input } from '@/components/ui/field';
import { FUNDING_LEVEL_SHORT } from '@/lib/domain/labels';
import { PROJECT_LIFECYCLE } from '@/lib/domain/lifecycle/project';
import type { ProjectListQuery } from '@/lib/schemas/project';
import { FilterDisclosure } from './filter-disclosure';

type Option = ChoiceOption;

const SORTS = [
  { value: '', label: 'Năm mới nhất' },
  { value: 'code', label: 'Mã đề án' },
  { value: 'name', label: 'Tên đề án' },
  { value: 'support', label: 'Hỗ trợ được duyệt' },
  { value: 'status', label: 'Trạng thái' },
  { value: 'updated', label: 'Cập nhật gần đây' },
];

/** The filters counted in the phone's "Bộ lọc (n đang áp dụng)" button (search and sort are not filters). */
const FILTER_KEYS = ['year', 'source', 'status', 'content', 'xa', 'area', 'facility'] as const;

/** Bộ lọc đề án: a plain GET form, so a filtered list is a link people can share or bookmark. */
export function ProjectFilters({
  query,
  options,
}: {
  query: ProjectListQuery;
  options: { years: number[]; categories: Option[]; adminUnits: Option[]; areas: string[]; facilities: Option[] };
}) {
  const v = (x: unknown) => (x === undefined || x === null ? '' : String(x));
  const active = FILTER_KEYS.filter((k) => v(query[k]) !== '').length;
  return (
    <form method="get" action="/de-an" role="search" aria-label="Tìm và lọc đề án" className="mb-4 space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      {/* Filters a report's drill-down set and the form has no control for: kept, and said. */}
      {(['yearFrom', 'yearTo', 'counted', 'province'] as const).map((key) =>
        query[key] === undefined ? null : <input key={key} type="hidden" name={key} value={String(query[key])} />,
      )}
      {(query.yearFrom || query.yearTo || query.counted) && (
        <p className="text-sm text-slate-600">
          Từ báo cáo: {query.yearFrom ?? '…'}–{query.yearTo ?? '…'}
          {query.counted && ', chỉ các đề án được tính trong báo cáo (đã phê duyệt, chưa dừng)'} ·{' '}
          <a href="/de-an" className="text-brand-700 hover:underline">Bỏ lọc</a>
        </p>
      )}
      <Field id="q" label="Tìm kiếm" hint="Tên, mã đề án, địa điểm, tên hoặc MST cơ sở — gõ có dấu hay không dấu đều được">
        <Input id="q" name="q" type="search" defaultValue={v(query.q)} aria-describedby="q-hint" />
      </Field>
      <FilterDisclosure activeCount={active}>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <FilterChoice id="f-year" label="Năm" name="year" value={v(query.year)} all="Tất cả các năm" options={options.years.map((y) => ({ value: y, label: String(y) }))} />
          <FilterChoice id="f-source" label="Nguồn kinh phí" name="source" value={v(query.source)} all="Tất cả nguồn" options={Object.entries(FUNDING_LEVEL_SHORT).map(([value, label]) => ({ value, label }))} />
          <FilterChoice id="f-status" label="Trạng thái" name="status" value={v(query.status)} all="Mọi trạng thái" options={Object.entries(PROJECT_LIFECYCLE.statusLabels).map(([value, label]) => ({ value, label }))} />
          <FilterChoice id="f-content" label="Nội dung" name="content" value={v(query.content)} all="Mọi nội dung" options={options.categories} />
          <FilterChoice id="f-xa" label="Xã/phường/đặc khu" name="xa" value={v(query.xa)} all="Mọi địa bàn" options={options.adminUnits} />
          <FilterChoice id="f-area" label="Khu vực" name="area" value={v(query.area)} all="Mọi khu vực" options={options.areas.map((a) => ({ value: a, label: a }))} />
          {/* Many facilities: no drop-down (the search box finds one by name or MST), the chosen one kept. */}
          {options.facilities.length > 0 && (
            <FilterChoice id="f-facility" label="Cơ sở" name="facility" value={v(query.facility)} all="Mọi cơ sở" options={options.facilities} />
          )}
          <div className="grid grid-cols-2 gap-2">
            <FilterChoice id="f-sort" label="Sắp xếp" name="sort" value={v(query.sort)} all="Mặc định" options={SORTS.slice(1)} />
            <FilterChoice
              id="f-dir"
              label="Chiều"
              name="dir"
              value={query.dir === 'desc' ? 'desc' : ''}
              all="Tăng dần"
              options={[{ value: 'desc', label: 'Giảm dần' }]}
            />
          </div>
        </div>
      </FilterDisclosure>
      <FilterButtons label="Lọc" clearHref="/de-an" />
    </form>
  );
}
