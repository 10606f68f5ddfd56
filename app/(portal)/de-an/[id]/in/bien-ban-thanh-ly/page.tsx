import type { Metadata } from 'next';
import { MoneyLine, PrintSheet } from '@/components/print/print-sheet';
import { EmptyState } from '@/components/ui/card';
import { amountInWords } from '@/lib/domain/amount-in-words';
import { formatDate } from '@/lib/domain/format';
import { formatVnd } from '@/lib/domain/money';
import { formatOfficialDate } from '@/lib/domain/official-date';
import { placeOf } from '@/lib/domain/print-place';
import { findProjectSettlement } from '@/lib/server/settlements/find-project-settlement';
import { requirePermission } from '@/lib/server/auth';
import { loadRecordPage } from '@/lib/server/record-page';

export const metadata: Metadata = { title: 'Biên bản thanh lý hợp đồng' };

export default async function LiquidationMinutesPage({ params }: { params: Promise<{ id: string }> }) {
  const { record: { project } } = await loadRecordPage(params, (id) => requirePermission('project:read', `/de-an/${id}/in/bien-ban-thanh-ly`), findProjectSettlement);
  const l = project.liquidation;
  if (!l) return <EmptyState>Hợp đồng chưa được thanh lý.</EmptyState>;
  const contract = project.contracts[0];
  return (
    <PrintSheet
      issuer={project.implementingOrg.name}
      title="Biên bản thanh lý hợp đồng"
      subtitle={`Số ${l.minutesNumber}${contract ? ` — Hợp đồng số ${contract.number} ngày ${formatDate(contract.signedOn)}` : ''}`}
      placeAndDate={formatOfficialDate(placeOf(project.province.name), l.signedOn)}
      signatures={[
        { role: 'Đại diện bên A', name: l.signatoryA },
        { role: 'Đại diện bên B', name: l.signatoryB },
      ]}
    >
      <p>Bên A: {project.implementingOrg.name}</p>
      <p>Bên B: {project.beneficiaries.map((b) => `${b.facility.name} (MST ${b.facility.taxCode})`).join('; ')}</p>
      <p>Đề án: {project.code} — {project.name}</p>
      <p>Hai bên thống nhất thanh lý hợp đồng với các số liệu sau:</p>
      <MoneyLine label="Giá trị khối lượng nghiệm thu" figures={formatVnd(l.acceptedValueVnd)} words={amountInWords(l.acceptedValueVnd)} />
      <MoneyLine label="Kinh phí hỗ trợ đã chi cho bên B" figures={formatVnd(l.paidVnd)} words={amountInWords(l.paidVnd)} />
      <MoneyLine label="Bên A còn phải thanh toán cho bên B" figures={formatVnd(l.dueVnd)} words={amountInWords(l.dueVnd)} />
      <MoneyLine label="Bên B phải nộp trả ngân sách" figures={formatVnd(l.toRefundVnd)} words={amountInWords(l.toRefundVnd)} />
      {l.decision && <p>Quyết định thanh lý số {l.decision.number} ngày {formatDate(l.decision.issuedOn)}.</p>}
    </PrintSheet>
  );
}
