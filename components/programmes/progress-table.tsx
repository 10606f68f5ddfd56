import { formatNumber } from '@/lib/domain/format';
import { formatPercent } from '@/lib/domain/percent';
import type { ProgressFigures, TargetProgress } from '@/lib/domain/programme-progress';
import { NotPlanned } from './targets-table';

const cell = 'px-3 py-2 align-top';
const num = `${cell} tabular text-right whitespace-nowrap`;

interface Group {
  code: string;
  name: string;
  targets: TargetProgress[];
}

/** Planned, registered, achieved and % achieved per target, for one year or the whole period. */
export function ProgressTable({ groups, year, caption }: { groups: Group[]; year: number | null; caption: string }) {
  const figuresOf = (t: TargetProgress): ProgressFigures => (year === null ? t.period : (t.byYear.find((y) => y.year === year) ?? t.period));
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-xs font-semibold text-slate-600">
          <tr>
            <th scope="col" className={`${cell} text-left`}>TT</th>
            <th scope="col" className={`${cell} min-w-64 text-left`}>Chỉ tiêu</th>
            <th scope="col" className={`${cell} text-left`}>ĐVT</th>
            <th scope="col" className={`${cell} text-right`}>Kế hoạch</th>
            <th scope="col" className={`${cell} text-right`}>Đã đăng ký</th>
            <th scope="col" className={`${cell} text-right`}>Đã đạt</th>
            <th scope="col" className={`${cell} text-right`}>% đạt</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {groups.map((g) => [
            <tr key={g.code} className="bg-slate-50 font-semibold">
              <th scope="row" className={`${cell} text-left`}>{g.code}</th>
              <td colSpan={6} className={cell}>{g.name}</td>
            </tr>,
            ...g.targets.map((t) => {
              const f = figuresOf(t);
              const flagged = year === null && !t.consistent;
              return (
                <tr key={t.targetId}>
                  <th scope="row" className={`${cell} text-left font-normal`}>{t.itemNo}</th>
                  <td className={cell}>{t.name}</td>
                  <td className={`${cell} whitespace-nowrap`}>{t.unit}</td>
                  <td className={num}>
                    {f.planned === null ? <NotPlanned /> : formatNumber(f.planned)}
                    {flagged && <span className="block text-xs font-medium text-amber-900">⚠ theo tổng ghi; tổng các năm khác</span>}
                  </td>
                  <td className={num}>{formatNumber(f.registered)}</td>
                  <td className={num}>{formatNumber(f.achieved)}</td>
                  <td className={num}>{formatPercent(f.percentAchieved)}</td>
                </tr>
              );
            }),
          ])}
        </tbody>
      </table>
    </div>
  );
}
