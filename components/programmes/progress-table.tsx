import { formatNumber } from '@/lib/domain/format';
import { formatPercent } from '@/lib/domain/percent';
import type { ProgressFigures, TargetProgress } from '@/lib/domain/programme-progress';
import { cell, num, TargetGroupRow, TargetTableFrame } from './target-table-frame';
import { NotPlanned } from './targets-table';


interface Group {
  code: string;
  name: string;
  targets: TargetProgress[];
}

/** Planned, registered, achieved and % achieved per target, for one year or the whole period. */
export function ProgressTable({ groups, year, caption }: { groups: Group[]; year: number | null; caption: string }) {
  const figuresOf = (t: TargetProgress): ProgressFigures => (year === null ? t.period : (t.byYear.find((y) => y.year === year) ?? t.period));
  return (
    <TargetTableFrame
      caption={caption}
      nameHeader="Chỉ tiêu"
      headers={
        <>
          <th scope="col" className={`${cell} text-right`}>Kế hoạch</th>
          <th scope="col" className={`${cell} text-right`}>Đã đăng ký</th>
          <th scope="col" className={`${cell} text-right`}>Đã đạt</th>
          <th scope="col" className={`${cell} text-right`}>% đạt</th>
        </>
      }
    >
      {groups.map((g) => [
        <TargetGroupRow key={g.code} code={g.code} name={g.name} columns={7} />,
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
    </TargetTableFrame>
  );
}
