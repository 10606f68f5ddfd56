import { EmptyState } from '@/components/ui/card';
import { DataTable } from '@/components/ui/table';
import type { ItemDiff } from '@/lib/domain/plan-diff';

/** What the author changed between the last two sendings of the plan. */
export function VersionDiff({ diff, from, to }: { diff: ItemDiff[]; from: number; to: number }) {
  if (diff.length === 0) return <EmptyState>Lần gửi {to} không thay đổi đề xuất nào so với lần {from}.</EmptyState>;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">
        So sánh lần gửi {to} với lần {from}.
      </p>
      {diff.map((d) => (
        <div key={`${d.kind}-${d.itemId}`} className="space-y-2">
          <p className="text-sm font-medium">
            {d.kind === 'added' && <span className="text-emerald-800">Thêm mới: </span>}
            {d.kind === 'removed' && <span className="text-red-800">Đã bỏ: </span>}
            {d.kind === 'changed' && <span className="text-amber-900">Sửa: </span>}“{d.name}”
          </p>
          {d.kind === 'changed' && (
            <DataTable
              caption={`Thay đổi của ${d.name}`}
              rows={d.changes}
              rowKey={(c) => c.label}
              columns={[
                { header: 'Mục', cell: (c) => c.label },
                { header: `Lần ${from}`, cell: (c) => c.before, className: 'text-slate-500 line-through decoration-slate-400' },
                { header: `Lần ${to}`, cell: (c) => c.after, className: 'font-medium' },
              ]}
            />
          )}
        </div>
      ))}
    </div>
  );
}
