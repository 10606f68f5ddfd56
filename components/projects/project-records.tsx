import { Badge } from '@/components/ui/badge';
import { Card, DetailList } from '@/components/ui/card';
import { formatDate, formatDateTime } from '@/lib/domain/format';
import { APPRAISAL_RESULT_LABELS } from '@/lib/domain/labels';
import { formatVnd } from '@/lib/domain/money';
import { readAppraisalChecklist } from '@/lib/domain/project-appraisal';

interface AppraisalRow {
  id: number;
  result: 'PASS' | 'FAIL';
  checklist: unknown;
  councilMembers: string | null;
  opinion: string;
  recommendedSupportVnd: bigint | null;
  appraisedAt: Date;
}

interface ContractRow {
  id: number;
  number: string;
  signedOn: Date;
  partyAOrg: { name: string };
  partyBName: string;
  valueVnd: bigint;
  supportVnd: bigint;
  startDate: Date | null;
  endDate: Date | null;
  filedWithTreasury: boolean;
}

/** Kết quả thẩm định, newest first, with each criterion as the council ticked it. */
export function AppraisalsCard({ appraisals }: { appraisals: AppraisalRow[] }) {
  if (appraisals.length === 0) return null;
  return (
    <Card title="Thẩm định">
      <ol className="space-y-4">
        {appraisals.map((a) => {
          const { criteria, unknownKeys } = readAppraisalChecklist(a.checklist);
          return (
          <li key={a.id} className="text-sm">
            <p className="flex flex-wrap items-center gap-2">
              <Badge tone={a.result === 'PASS' ? 'success' : 'danger'}>{APPRAISAL_RESULT_LABELS[a.result]}</Badge>
              <span className="text-xs text-slate-500">{formatDateTime(a.appraisedAt)}</span>
            </p>
            <ul className="mt-2 space-y-0.5">
              {criteria.map((c) => (
                <li key={c.key}>
                  <span aria-hidden="true">{c.met === null ? '–' : c.met ? '✓' : '✗'}</span> {c.label}{' '}
                  <span className={c.met === null ? 'text-slate-500' : 'sr-only'}>{c.met === null ? '(chưa ghi nhận)' : c.met ? 'đạt' : 'không đạt'}</span>
                </li>
              ))}
            </ul>
            {unknownKeys > 0 && <p className="mt-1 text-xs text-slate-500">Biên bản còn {unknownKeys} mục không thuộc danh mục tiêu chí hiện hành (không hiển thị).</p>}
            {a.councilMembers && <p className="mt-1">Hội đồng: {a.councilMembers}</p>}
            <p className="mt-1">Ý kiến: {a.opinion}</p>
            {a.recommendedSupportVnd !== null && <p className="mt-1">Mức hỗ trợ đề xuất: {formatVnd(a.recommendedSupportVnd)}</p>}
          </li>
          );
        })}
      </ol>
    </Card>
  );
}

export function ContractsCard({ contracts }: { contracts: ContractRow[] }) {
  if (contracts.length === 0) return null;
  return (
    <Card title="Hợp đồng">
      <div className="space-y-4">
        {contracts.map((c) => (
          <DetailList
            key={c.id}
            items={[
              { label: 'Số hợp đồng', value: `${c.number} ngày ${formatDate(c.signedOn)}` },
              { label: 'Các bên', value: `${c.partyAOrg.name} — ${c.partyBName}` },
              { label: 'Giá trị', value: formatVnd(c.valueVnd) },
              { label: 'Kinh phí hỗ trợ', value: formatVnd(c.supportVnd) },
              { label: 'Thời gian', value: c.startDate ? `${formatDate(c.startDate)} – ${formatDate(c.endDate)}` : null },
              { label: 'Gửi Kho bạc', value: c.filedWithTreasury ? 'Đã gửi' : 'Chưa gửi' },
            ]}
          />
        ))}
      </div>
    </Card>
  );
}
