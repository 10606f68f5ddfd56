import type { ProgrammeAppendix } from '@/lib/domain/programme-appendix';
import { formatNumber } from '@/lib/domain/format';
import { targetConsistency } from '@/lib/domain/programme-targets';
import { cell, num, TargetGroupRow, TargetTableFrame } from './target-table-frame';

/** An empty cell is "not planned": shown as a dash, read out in words. */
export function NotPlanned() {
  return (
    <>
      <span aria-hidden="true" className="text-slate-400">
        –
      </span>
      <span className="sr-only">không có kế hoạch</span>
    </>
  );
}

function Quantity({ value }: { value: number | null }) {
  return value === null ? <NotPlanned /> : <>{formatNumber(value)}</>;
}

/**
 * The appendix as on paper: groups I–VI, items, ĐVT, one column per year, the total as written. A
 * row whose total differs from its years shows both numbers and is never corrected.
 */
export function TargetsTable({ appendix, caption }: { appendix: ProgrammeAppendix; caption: string }) {
  const inconsistent = appendix.groups.flatMap((g) => g.items).filter((i) => !targetConsistency(i).consistent).length;
  const columns = 4 + appendix.years.length;
  return (
    <div className="space-y-2">
      <p className="text-xs text-slate-600">
        Ô “–”: không có kế hoạch năm đó.
        {inconsistent > 0 && (
          <>
            {' '}
            <strong className="text-amber-900">{inconsistent} dòng</strong> có tổng ghi khác tổng các năm (đánh dấu ⚠, giữ nguyên như văn bản).
          </>
        )}
      </p>
      <TargetTableFrame
        caption={caption}
        nameHeader="Nội dung chương trình/đề án"
        headers={
          <>
            {appendix.years.map((y) => (
              <th key={y} scope="col" className={`${cell} whitespace-nowrap text-right`}>
                Năm {y}
              </th>
            ))}
            <th scope="col" className={`${cell} whitespace-nowrap text-right`}>Tổng nội dung</th>
          </>
        }
      >
        {appendix.groups.map((g) => [
          <TargetGroupRow key={g.code} code={g.code} name={g.name} columns={columns} />,
          ...g.items.map((item) => {
            const c = targetConsistency(item);
            return (
              <tr key={`${g.code}.${item.itemNo}`} className={c.consistent ? '' : 'bg-amber-50'}>
                <th scope="row" className={`${cell} text-left font-normal`}>{item.itemNo}</th>
                <td className={cell}>{item.name}</td>
                <td className={`${cell} whitespace-nowrap`}>{item.unit}</td>
                {item.values.map((v, i) => (
                  <td key={appendix.years[i]} className={num}>
                    <Quantity value={v} />
                  </td>
                ))}
                <td className={num}>
                  <Quantity value={item.statedTotal} />
                  {!c.consistent && (
                    <span className="mt-1 block text-xs font-medium text-amber-900">
                      ⚠ tổng các năm: {c.sumOfYears === null ? 'không có' : formatNumber(c.sumOfYears)}
                    </span>
                  )}
                </td>
              </tr>
            );
          }),
        ])}
      </TargetTableFrame>
    </div>
  );
}
