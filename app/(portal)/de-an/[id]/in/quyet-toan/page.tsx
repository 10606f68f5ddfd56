import type { Metadata } from 'next';
import { MoneyLine, PrintSheet } from '@/components/print/print-sheet';
import { EmptyState } from '@/components/ui/card';
import { amountInWords } from '@/lib/domain/amount-in-words';
import { formatDate } from '@/lib/domain/format';
import { formatVnd } from '@/lib/domain/money';
import { formatOfficialDate } from '@/lib/domain/official-date';
import { placeOf } from '@/lib/domain/print-place';
import { now } from '@/lib/server/clock';
import { findProjectSettlement } from '@/lib/server/settlements/find-project-settlement';
import { requirePermission } from '@/lib/server/auth';
import { loadRecordPage } from '@/lib/server/record-page';

export const metadata: Metadata = { title: 'Bảng quyết toán đề án' };

/** Bảng quyết toán kinh phí đề án: the frozen settlement figures, each in words, balancing to the đồng. */
export default async function SettlementSheetPage({ params }: { params: Promise<{ id: string }> }) {
  const { record: { project } } = await loadRecordPage(params, (id) => requirePermission('project:read', `/de-an/${id}/in/quyet-toan`), findProjectSettlement);
  const s = project.settlement;
  if (!s) return <EmptyState>Đề án chưa được lập quyết toán.</EmptyState>;
  const kept = s.advancedVnd + s.paidVnd - s.refundedVnd;
  const lines: [string, bigint][] = [
    ['1. Kinh phí hỗ trợ được phê duyệt', s.approvedVnd],
    ['2. Kinh phí hỗ trợ theo hợp đồng', s.contractedVnd],
    ['3. Giá trị khối lượng nghiệm thu', s.acceptedValueVnd],
    ['4. Kho bạc đã tạm ứng', s.advancedVnd],
    ['5. Kho bạc đã thanh toán', s.paidVnd],
    ['6. Đã nộp trả ngân sách', s.refundedVnd],
    ['7. Kinh phí được quyết toán (4 + 5 − 6)', kept],
    ['8. Huỷ dự toán (1 − 4 − 5)', s.cancelledVnd],
  ];
  return (
    <PrintSheet
      issuer={project.implementingOrg.name}
      title="Bảng quyết toán kinh phí đề án khuyến công"
      subtitle={`${project.code} — ${project.name}`}
      placeAndDate={formatOfficialDate(placeOf(project.province.name), s.decision?.issuedOn ?? now())}
      signatures={[{ role: 'Người lập biểu' }, { role: 'Thủ trưởng đơn vị', name: s.decision?.signer }]}
    >
      <p>Cơ sở thụ hưởng: {project.beneficiaries.map((b) => b.facility.name).join('; ')}</p>
      <p>Nguồn kinh phí: {project.fundingLevel === 'KCQG' ? 'Khuyến công quốc gia' : 'Khuyến công địa phương'} năm {project.year}</p>
      {lines.map(([label, value]) => (
        <MoneyLine key={label} label={label} figures={formatVnd(value)} words={amountInWords(value)} />
      ))}
      <p data-testid="sheet-balance" className="font-semibold">
        Cân đối: (7) + (6) + (8) = {formatVnd(kept + s.refundedVnd + s.cancelledVnd)} = (1) {formatVnd(s.approvedVnd)}
        {kept + s.refundedVnd + s.cancelledVnd === s.approvedVnd ? ' — khớp đến từng đồng.' : ' — KHÔNG KHỚP.'}
      </p>
      {s.decision && (
        <p>
          Quyết định phê duyệt quyết toán số {s.decision.number} ngày {formatDate(s.decision.issuedOn)} của {s.decision.issuer}.
        </p>
      )}
    </PrintSheet>
  );
}
