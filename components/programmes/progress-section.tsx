import { Link } from '@/components/ui/link';
import { PERCENT_ROUNDING_RULE } from '@/lib/domain/percent';
import { groupProgress, type TargetProgress } from '@/lib/domain/programme-progress';
import { ProgressChart } from './progress-chart';
import { ProgressTable } from './progress-table';

interface Props {
  programmeId: number;
  years: number[];
  groups: { code: string; name: string; targets: TargetProgress[] }[];
  /** null: the whole period. */
  year: number | null;
}

/** Tiến độ thực hiện: year switch, chart by group and the table per target. */
export function ProgressSection({ programmeId, years, groups, year }: Props) {
  const choices: { label: string; value: number | null }[] = [{ label: 'Cả giai đoạn', value: null }, ...years.map((y) => ({ label: String(y), value: y }))];
  const period = year === null ? `giai đoạn ${years[0]}–${years.at(-1)}` : `năm ${year}`;
  return (
    <div className="space-y-4">
      <nav aria-label="Chọn năm xem tiến độ">
        <ul className="flex flex-wrap gap-1">
          {choices.map((c) => {
            const current = c.value === year;
            return (
              <li key={c.label}>
                <Link
                  href={c.value === null ? `/chuong-trinh/${programmeId}#tien-do` : `/chuong-trinh/${programmeId}?nam=${c.value}#tien-do`}
                  aria-current={current ? 'page' : undefined}
                  className={`inline-block rounded-md px-3 py-1.5 text-sm ${current ? 'bg-brand-700 font-semibold text-white' : 'border border-slate-300 bg-white text-slate-800 hover:bg-slate-100'}`}
                >
                  {c.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <p className="text-xs text-slate-600">
        <strong>Đã đăng ký</strong>: số lượng của các đề xuất được Sở Công Thương chấp nhận trong kế hoạch năm đã được Sở Tài chính thẩm định xong hoặc UBND quyết định.{' '}
        <strong>Đã đạt</strong>: số lượng của các đề án đã nghiệm thu trở đi; với chỉ tiêu tính bằng người, học viên, lớp, gian hàng hoặc nhãn hiệu là kết quả thực hiện đã ghi của các đề án (học viên trong danh sách, lớp, gian hàng, nhãn hiệu đã nộp đơn); với chỉ tiêu bình chọn sản phẩm, mỗi cuộc bình chọn cấp thành phố đã công bố kết quả tính 1. Cả giai đoạn tính theo tổng ghi trong phụ lục. {PERCENT_ROUNDING_RULE}
      </p>
      <ProgressChart groups={groups.map((g) => groupProgress(g, g.targets, year ?? undefined))} title={`Tiến độ theo nhóm nội dung — ${period}`} />
      <ProgressTable groups={groups} year={year} caption={`Tiến độ từng chỉ tiêu — ${period}`} />
    </div>
  );
}
