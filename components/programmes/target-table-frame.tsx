import type { ReactNode } from 'react';

/** Cell classes of the programme's target tables (appendix, progress). */
export const cell = 'px-3 py-2 align-top';
export const num = `${cell} tabular text-right whitespace-nowrap`;

/**
 * A programme's target table as on paper: TT, the target's name and its unit first, then the
 * `headers` of the table's own figures; `children` are the rows (a group row, then its targets).
 */
export function TargetTableFrame({ caption, nameHeader, headers, children }: { caption: string; nameHeader: string; headers: ReactNode; children: ReactNode }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-xs font-semibold text-slate-600">
          <tr>
            <th scope="col" className={`${cell} text-left`}>TT</th>
            <th scope="col" className={`${cell} min-w-64 text-left`}>{nameHeader}</th>
            <th scope="col" className={`${cell} text-left`}>ĐVT</th>
            {headers}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

/** The row naming a group of targets (I, II, …) across the table's `columns`. */
export function TargetGroupRow({ code, name, columns }: { code: string; name: string; columns: number }) {
  return (
    <tr className="bg-slate-50 font-semibold">
      <th scope="row" className={`${cell} text-left`}>{code}</th>
      <td colSpan={columns - 1} className={cell}>{name}</td>
    </tr>
  );
}
