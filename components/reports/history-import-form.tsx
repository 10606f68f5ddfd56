'use client';

import { useRouter } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Table, Td, Th } from '@/components/ui/table';
import { useXlsxCheck, XlsxFileField } from '@/components/ui/xlsx-import';
import { HISTORY_SHEET_NAMES, type HistoryIssue } from '@/lib/domain/history-import';
import type { ActionResult } from '@/lib/server/action';

interface Preview {
  fileName: string;
  sha256: string;
  issues: HistoryIssue[];
  errors: number;
  warnings: number;
  counts: { projects: number; aggregates: number; plans: number };
}

interface Props {
  preview: (form: FormData) => Promise<ActionResult<Preview>>;
  confirm: (form: FormData) => Promise<ActionResult<{ projects: number; aggregates: number; plans: number }>>;
}

/** Step 1: choose a file and check it. Step 2: read every row's problems, then confirm — only then is anything written. */
export function HistoryImportForm({ preview, confirm }: Props) {
  const router = useRouter();
  const upload = useXlsxCheck(preview, 'Chọn tệp Excel (.xlsx) theo mẫu dữ liệu lịch sử.');
  const { checked, error, setError, busy, setBusy } = upload;

  async function onConfirm() {
    const form = checked && upload.formWith({ sha256: checked.sha256 });
    if (!form) return;
    setBusy(true);
    const result = await confirm(form);
    setBusy(false);
    if (!result.ok) return setError(result.message);
    router.push('/bao-cao/lich-su');
  }

  return (
    <div className="space-y-4">
      <XlsxFileField
        id="history-file"
        label="Tệp dữ liệu lịch sử (.xlsx)"
        hint="Các trang tính: Đề án, Tổng hợp, Kế hoạch năm — theo mẫu tải ở trên"
        required
        onFile={upload.choose}
      />
      <Button onClick={upload.check} disabled={busy}>
        {busy && !checked ? 'Đang kiểm tra…' : 'Kiểm tra tệp'}
      </Button>
      {error && <Alert tone="error">{error}</Alert>}
      {checked && (
        <div className="space-y-3" aria-live="polite">
          <Alert tone={checked.errors > 0 ? 'error' : 'success'} title={checked.errors > 0 ? `Tệp có ${checked.errors} lỗi — chưa thể nhập` : 'Tệp hợp lệ'}>
            {checked.counts.projects} đề án, {checked.counts.aggregates} dòng tổng hợp, {checked.counts.plans} dòng kế hoạch năm đọc được
            {checked.warnings > 0 && `; ${checked.warnings} cảnh báo (giữ nguyên như văn bản)`}.
          </Alert>
          {checked.issues.length > 0 && (
            <Table caption="Các vấn đề theo dòng">
              <thead>
                <tr>
                  <Th>Trang</Th>
                  <Th>Dòng</Th>
                  <Th>Cột</Th>
                  <Th>Mức</Th>
                  <Th>Vấn đề</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {checked.issues.map((i, n) => (
                  <tr key={n}>
                    <Td>{i.row > 0 ? HISTORY_SHEET_NAMES[i.sheet] : 'Tệp'}</Td>
                    <Td>{i.row > 0 ? i.row : ''}</Td>
                    <Td>{i.column ?? ''}</Td>
                    <Td>{i.severity === 'error' ? 'Lỗi' : 'Cảnh báo'}</Td>
                    <Td>{i.message}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          {checked.errors === 0 && (
            <Button onClick={onConfirm} disabled={busy}>
              {busy ? 'Đang nhập…' : 'Xác nhận nhập'}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
