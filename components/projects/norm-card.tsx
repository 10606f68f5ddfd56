import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { DataTable } from '@/components/ui/table';
import { formatDate } from '@/lib/domain/format';
import { formatVndPlain } from '@/lib/domain/money';
import { normVerdict } from '@/lib/domain/money-checks';
import type { NormBasis, NormCheck, NormRule } from '@/lib/domain/norms';

/** Mức chi of a đề án: the norm in force with its legal basis, each facility's share, violations. */
export function NormCard({
  result,
  exceptionNote,
  exceptionForm,
}: {
  result: { norm: NormRule | null; check: NormCheck | null; citation: string | null; on: Date; basis: NormBasis };
  exceptionNote: string | null;
  /** Shown when the actor may record an exception and one is needed. */
  exceptionForm?: ReactNode;
}) {
  const { norm, check } = result;
  // A đề án of the plan decision before its estimate: checked on the decided support, and said so.
  const proposal = result.basis === 'proposal';
  return (
    <Card title="Mức chi áp dụng">
      {!norm || !check ? (
        <Alert tone="warning" title="Chưa có mức chi">
          Chưa có mức chi hiệu lực ngày {formatDate(result.on)} cho nội dung và nguồn kinh phí này: mức hỗ trợ chưa được kiểm tra. Đề nghị bổ sung tại trang Định mức.
        </Alert>
      ) : (
        <div className="space-y-3">
          <p className="text-sm text-slate-800">
            <strong>{check.description}</strong>
            <span className="block text-xs text-slate-600">Theo {result.citation}</span>
          </p>
          {proposal && (
            <Alert tone="warning" title="Chưa có dự toán chi tiết">
              Đề án được tạo từ quyết định phê duyệt kế hoạch: mức hỗ trợ được duyệt đang được kiểm tra trên số liệu của đề xuất. Lập dự toán chi tiết và kiểm tra lại mức chi trước khi ký hợp đồng.
            </Alert>
          )}
          {check.shares.length > 0 && (
            <DataTable
              caption="Mức hỗ trợ so với mức chi"
              rows={check.shares}
              rowKey={(s) => s.facilityId ?? 'all'}
              rowClassName={(s) => s.capVnd !== null && s.supportVnd > s.capVnd ? 'bg-red-50' : ''}
              columns={[
                { header: 'Đối tượng', cell: (s) => s.name },
                { header: 'Chi phí (đồng)', cell: (s) => formatVndPlain(s.costVnd), numeric: true },
                { header: 'Hỗ trợ (đồng)', cell: (s) => formatVndPlain(s.supportVnd), numeric: true },
                { header: 'Tối đa (đồng)', cell: (s) => (s.capVnd === null ? '—' : formatVndPlain(s.capVnd)), numeric: true },
              ]}
            />
          )}
          {check.violations.length > 0 && (
            <Alert tone={exceptionNote ? 'warning' : 'error'} title={exceptionNote ? 'Vượt mức chi (đã có ngoại lệ)' : 'Vượt mức chi'}>
              <ul className="list-disc space-y-1 pl-5">
                {check.violations.map((v) => (
                  <li key={v.facilityId ?? 'all'}>{v.message}.</li>
                ))}
              </ul>
            </Alert>
          )}
          {normVerdict(check) === 'within' &&
            (proposal ? (
              <p className="text-sm text-slate-700">Hỗ trợ được duyệt theo đề xuất nằm trong mức chi; dự toán chi tiết sẽ được kiểm tra lại khi lập.</p>
            ) : (
              <Alert tone="success">Mức hỗ trợ nằm trong mức chi.</Alert>
            ))}
          {normVerdict(check) === 'nothing' && <p className="text-sm text-slate-600">Chưa có dự toán kinh phí hỗ trợ: mức hỗ trợ sẽ được kiểm tra khi nhập dự toán.</p>}
        </div>
      )}
      {exceptionNote && (
        <p className="mt-3 text-sm text-slate-700">
          <strong>Ngoại lệ đã ghi nhận:</strong> {exceptionNote}
        </p>
      )}
      {exceptionForm && !exceptionNote && check && check.violations.length > 0 && <div className="mt-4 border-t border-slate-200 pt-4">{exceptionForm}</div>}
    </Card>
  );
}
