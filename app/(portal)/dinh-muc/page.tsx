import type { Metadata } from 'next';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { DataTable, RowLink, WithNote } from '@/components/ui/table';
import { formatDate, formatNumber } from '@/lib/domain/format';
import { FUNDING_SOURCE_LABELS } from '@/lib/domain/labels';
import { formatVndPlain } from '@/lib/domain/money';
import { CEILING_SCOPE_LABELS } from '@/lib/domain/norms';
import { formatRateBp } from '@/lib/domain/percent';
import { can } from '@/lib/domain/permissions';
import { requirePermission } from '@/lib/server/auth';
import { canEditNorm, findNorms } from '@/lib/server/norms/find-norms';
import { now as clockNow } from '@/lib/server/clock';

export const metadata: Metadata = { title: 'Định mức chi' };

export default async function NormsPage() {
  const actor = await requirePermission('norm:read', '/dinh-muc');
  const norms = await findNorms(actor);
  const editor = can(actor, 'norm:edit');
  const today = clockNow().toISOString().slice(0, 10);
  const editable = (n: (typeof norms)[number]) => editor && canEditNorm(actor, n);
  const inForce = (n: (typeof norms)[number]) => n.validFrom.toISOString().slice(0, 10) <= today && (!n.validTo || n.validTo.toISOString().slice(0, 10) >= today);
  return (
    <>
      <PageHeader
        title="Định mức chi khuyến công"
        description="Mức hỗ trợ tối đa theo nội dung và nguồn kinh phí, kèm căn cứ pháp lý và thời gian hiệu lực. Đề án vượt mức chi không gửi, không phê duyệt được nếu không có ngoại lệ."
        actions={
          editor ? (
            <ButtonLink href="/dinh-muc/moi" variant="primary">
              Thêm mức chi
            </ButtonLink>
          ) : undefined
        }
      />
      <DataTable
        caption="Định mức chi"
        rows={norms}
        empty="Chưa có mức chi nào."
        columns={[
          { header: 'Nội dung', cell: (n) => <WithNote note={n.note}><RowLink href={editable(n) && `/dinh-muc/${n.id}`}>{n.contentCategory.code} · {n.contentCategory.name}</RowLink></WithNote>, className: 'min-w-48' },
          { header: 'Nguồn', cell: (n) => FUNDING_SOURCE_LABELS[n.fundingSource] },
          { header: 'Tỷ lệ tối đa', cell: (n) => (n.maxShareBp === null ? '—' : formatRateBp(n.maxShareBp)), numeric: true },
          { header: 'Mức trần (đồng)', cell: (n) => (n.ceilingVnd === null ? '—' : formatVndPlain(n.ceilingVnd)), numeric: true },
          { header: 'Áp dụng', cell: (n) => CEILING_SCOPE_LABELS[n.ceilingScope] },
          { header: 'Hệ số ưu tiên', cell: (n) => (n.priorityMultiplierBp ? `${formatNumber(n.priorityMultiplierBp / 10_000)} lần` : '—'), numeric: true },
          { header: 'Căn cứ pháp lý', cell: (n) => n.legalBasis, className: 'min-w-56 text-xs' },
          {
            header: 'Hiệu lực',
            cell: (n) => (
              <>
                {formatDate(n.validFrom)} – {n.validTo ? formatDate(n.validTo) : 'nay'}
                <span className="block">{inForce(n) ? <Badge tone="success">Đang áp dụng</Badge> : <Badge>Không áp dụng</Badge>}</span>
              </>
            ),
            className: 'whitespace-nowrap',
          },
          { header: 'Phạm vi', cell: (n) => (n.province ? n.province.name : 'Trung ương') },
        ]}
      />
    </>
  );
}
