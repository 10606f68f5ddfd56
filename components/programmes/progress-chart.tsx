import type { GroupProgress } from '@/lib/domain/programme-progress';
import { formatPercent } from '@/lib/domain/percent';

function Bar({ value, tone, label }: { value: number | null; tone: string; label: string }) {
  const width = Math.min(value ?? 0, 100);
  return (
    <div className="flex items-center gap-2">
      <span className="w-20 shrink-0 text-xs text-slate-600">{label}</span>
      <div className="h-4 flex-1 overflow-hidden rounded bg-slate-100" aria-hidden="true">
        <div className={`h-full rounded ${tone}`} style={{ width: `${width}%` }} />
      </div>
      <span className="tabular w-16 shrink-0 text-right text-xs font-medium">{formatPercent(value)}</span>
    </div>
  );
}

/**
 * Progress of each content group as horizontal bars (plain HTML, no chart library). Each group is
 * one image for screen readers, with its figures in words; the numbers are also printed beside the bars.
 */
export function ProgressChart({ groups, title }: { groups: GroupProgress[]; title: string }) {
  return (
    <figure className="space-y-4">
      <figcaption className="text-sm font-medium text-slate-800">{title}</figcaption>
      <ul className="space-y-4">
        {groups.map((g) => (
          <li
            key={g.code}
            role="img"
            aria-label={`Nhóm ${g.code}: đã đăng ký ${formatPercent(g.percentRegistered)}, đã đạt ${formatPercent(g.percentAchieved)}, trên ${g.plannedItems} chỉ tiêu có kế hoạch`}
            className="space-y-1"
          >
            <p className="text-sm">
              <span className="font-semibold">{g.code}.</span> {g.name}
              <span className="text-xs text-slate-500"> ({g.plannedItems} chỉ tiêu có kế hoạch)</span>
            </p>
            <Bar value={g.percentRegistered} tone="bg-brand-100 ring-1 ring-inset ring-brand-600/40" label="Đã đăng ký" />
            <Bar value={g.percentAchieved} tone="bg-brand-700" label="Đã đạt" />
          </li>
        ))}
      </ul>
      <p className="text-xs text-slate-500">
        Tỷ lệ của nhóm là trung bình tỷ lệ của các chỉ tiêu có kế hoạch trong nhóm, mỗi chỉ tiêu tính tối đa 100 % (các ĐVT khác nhau không cộng được với nhau).
      </p>
    </figure>
  );
}
