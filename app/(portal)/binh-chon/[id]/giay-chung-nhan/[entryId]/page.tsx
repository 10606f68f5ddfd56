import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PrintSheet } from '@/components/print/print-sheet';
import { CONTEST_LEVEL_LABELS, formatScore } from '@/lib/domain/contest';
import { formatDate } from '@/lib/domain/format';
import { adminUnitName } from '@/lib/domain/labels';
import { formatOfficialDate } from '@/lib/domain/official-date';
import { placeOf } from '@/lib/domain/print-place';
import { requirePermission } from '@/lib/server/auth';
import { forPage } from '@/lib/server/authz';
import { getContestCertificate } from '@/lib/server/contests/get-contest-round';
import { idFromParam } from '@/lib/server/page-params';

export const metadata: Metadata = { title: 'Giấy chứng nhận sản phẩm CNNT tiêu biểu' };

/** Giấy chứng nhận sản phẩm công nghiệp nông thôn tiêu biểu: one winner of a published round, printable. */
export default async function ContestCertificatePage({ params }: { params: Promise<{ id: string; entryId: string }> }) {
  const { id, entryId } = await params;
  const actor = await requirePermission('contest:read', `/binh-chon/${id}/giay-chung-nhan/${entryId}`);
  const entry = await forPage(getContestCertificate(actor, idFromParam(id), idFromParam(entryId)));
  if (!entry) notFound();
  const round = entry.round;
  return (
    <PrintSheet
      issuer={`Sở Công Thương ${round.province.name}`}
      title="Giấy chứng nhận sản phẩm công nghiệp nông thôn tiêu biểu"
      subtitle={`${CONTEST_LEVEL_LABELS[round.level]} năm ${round.year} — Số ${entry.certificateNo}`}
      placeAndDate={formatOfficialDate(placeOf(round.province.name), round.publishedAt ?? round.decisionDate)}
      signatures={[{ role: 'Chủ tịch hội đồng bình chọn' }, { role: 'Giám đốc Sở Công Thương' }]}
    >
      <p>Căn cứ Quyết định số {round.decisionNumber} ngày {formatDate(round.decisionDate)} về việc tổ chức {round.name};</p>
      <p>Căn cứ kết quả chấm điểm của hội đồng bình chọn,</p>
      <p className="text-center text-lg font-semibold">CHỨNG NHẬN</p>
      <p>Sản phẩm: <strong>{entry.productName}</strong> ({entry.productGroup})</p>
      <p>Của cơ sở: <strong>{entry.facility.name}</strong>, {adminUnitName(entry.adminUnit)}</p>
      <p>
        Đạt sản phẩm công nghiệp nông thôn tiêu biểu {CONTEST_LEVEL_LABELS[round.level].toLowerCase()} năm {round.year}, xếp hạng {entry.rank} với{' '}
        {formatScore(entry.scoreHundredths)} điểm.
      </p>
    </PrintSheet>
  );
}
