import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { issueText, type AppendixIssue } from '@/lib/domain/programme-appendix-rules';
import { describeChange, type AppendixChange } from '@/lib/domain/programme-diff';
import type { AppendixPreviewRow } from '@/lib/domain/programme-import';
import { NotPlanned } from './targets-table';

export interface PreviewView {
  fileName: string;
  sheetName: string;
  years: number[];
  rows: AppendixPreviewRow[];
  issues: AppendixIssue[];
  errors: number;
  warnings: number;
  changes: AppendixChange[];
}

const cell = 'px-3 py-2 align-top';

function Value({ value }: { value: string | number | null }) {
  if (value === null) return <NotPlanned />;
  return typeof value === 'number' ? <>{value.toLocaleString('vi-VN')}</> : <span className="font-medium text-red-800">“{value}”</span>;
}

/** Every row of the file with its problems, by row number; nothing has been written yet. */
export function ImportPreview({ preview }: { preview: PreviewView }) {
  const items = preview.rows.filter((r) => r.kind === 'item').length;
  const groups = preview.rows.filter((r) => r.kind === 'group').length;
  const errors = preview.issues.filter((i) => i.severity === 'error');
  const warnings = preview.issues.filter((i) => i.severity === 'warning');
  return (
    <section aria-labelledby="preview-title" className="space-y-4">
      <h2 id="preview-title" className="text-base font-semibold">
        Kết quả kiểm tra tệp “{preview.fileName}” (trang “{preview.sheetName}”)
      </h2>
      <p className="text-sm">
        {groups} nhóm, {items} chỉ tiêu · <strong>{preview.errors} lỗi chặn</strong> · {preview.warnings} cảnh báo
      </p>
      {errors.length > 0 && (
        <Alert tone="error" title={`Có ${errors.length} lỗi phải sửa trong tệp rồi tải lên lại — chưa có gì được ghi`}>
          <ul className="list-disc space-y-0.5 pl-5">
            {errors.map((i, n) => (
              <li key={n}>{issueText(i)}</li>
            ))}
          </ul>
        </Alert>
      )}
      {warnings.length > 0 && (
        <Alert tone="warning" title={`${warnings.length} cảnh báo (không chặn việc nhập; số liệu được giữ nguyên như văn bản)`}>
          <ul className="list-disc space-y-0.5 pl-5">
            {warnings.map((i, n) => (
              <li key={n}>{issueText(i)}</li>
            ))}
          </ul>
        </Alert>
      )}
      {preview.errors === 0 && (
        <Alert tone={preview.changes.length ? 'info' : 'success'} title={preview.changes.length ? `Nhập tệp này sẽ có ${preview.changes.length} thay đổi so với bảng hiện tại` : 'Tệp giống hệt bảng chỉ tiêu hiện tại — không có gì để nhập'}>
          {preview.changes.length > 0 && (
            <ul className="max-h-60 list-disc space-y-0.5 overflow-y-auto pl-5">
              {preview.changes.map((c) => (
                <li key={`${c.kind}-${c.key}`}>{describeChange(c)}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">Các dòng đọc được từ tệp</caption>
          <thead className="bg-slate-50 text-xs font-semibold text-slate-600">
            <tr>
              <th scope="col" className={`${cell} text-left`}>Dòng</th>
              <th scope="col" className={`${cell} text-left`}>TT</th>
              <th scope="col" className={`${cell} min-w-64 text-left`}>Nội dung</th>
              <th scope="col" className={`${cell} text-left`}>ĐVT</th>
              {preview.years.map((y) => (
                <th key={y} scope="col" className={`${cell} text-right`}>
                  Năm {y}
                </th>
              ))}
              <th scope="col" className={`${cell} text-right`}>Tổng ghi</th>
              <th scope="col" className={`${cell} text-right`}>Tổng các năm</th>
              <th scope="col" className={`${cell} min-w-56 text-left`}>Kết quả</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {preview.rows.map((r) => {
              const hasError = r.issues.some((i) => i.severity === 'error');
              const hasWarning = r.issues.some((i) => i.severity === 'warning');
              return (
                <tr key={r.row} className={hasError ? 'bg-red-50' : hasWarning ? 'bg-amber-50' : r.kind === 'group' ? 'bg-slate-50 font-semibold' : ''}>
                  <th scope="row" className={`${cell} tabular text-left font-normal`}>{r.row}</th>
                  <td className={cell}>{r.tt}</td>
                  <td className={cell}>{r.name}</td>
                  <td className={cell}>{r.unit}</td>
                  {preview.years.map((y, i) => (
                    <td key={y} className={`${cell} tabular text-right`}>
                      {r.kind === 'group' ? null : <Value value={r.values[i] ?? null} />}
                    </td>
                  ))}
                  <td className={`${cell} tabular text-right`}>{r.kind === 'group' ? null : <Value value={r.statedTotal} />}</td>
                  <td className={`${cell} tabular text-right`}>{r.kind === 'group' ? null : r.sumOfYears === null ? <NotPlanned /> : r.sumOfYears.toLocaleString('vi-VN')}</td>
                  <td className={cell}>
                    {r.issues.length === 0 ? (
                      <Badge tone="success">Hợp lệ</Badge>
                    ) : (
                      <ul className="space-y-1 text-xs">
                        {r.issues.map((i, n) => (
                          <li key={n} className={i.severity === 'error' ? 'text-red-800' : 'text-amber-900'}>
                            <span className="font-semibold">{i.severity === 'error' ? 'Lỗi' : 'Cảnh báo'}:</span> {i.column ? `${i.column} — ` : ''}
                            {i.message}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
