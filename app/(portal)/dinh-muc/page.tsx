import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
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
      {norms.length === 0 ? (
        <EmptyState>Chưa có mức chi nào.</EmptyState>
      ) : (
        <Table caption="Định mức chi">
          <thead>
            <tr>
              <Th>Nội dung</Th>
              <Th>Nguồn</Th>
              <Th numeric>Tỷ lệ tối đa</Th>
              <Th numeric>Mức trần (đồng)</Th>
              <Th>Áp dụng</Th>
              <Th numeric>Hệ số ưu tiên</Th>
              <Th>Căn cứ pháp lý</Th>
              <Th>Hiệu lực</Th>
              <Th>Phạm vi</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {norms.map((n) => {
              const inForce = n.validFrom.toISOString().slice(0, 10) <= today && (!n.validTo || n.validTo.toISOString().slice(0, 10) >= today);
              return (
                <tr key={n.id}>
                  <Td className="min-w-48">
                    {editor && canEditNorm(actor, n) ? (
                      <Link href={`/dinh-muc/${n.id}`} className="font-medium text-brand-700 hover:underline">
                        {n.contentCategory.code} · {n.contentCategory.name}
                      </Link>
                    ) : (
                      `${n.contentCategory.code} · ${n.contentCategory.name}`
                    )}
                    {n.note && <span className="block text-xs text-slate-500">{n.note}</span>}
                  </Td>
                  <Td>{FUNDING_SOURCE_LABELS[n.fundingSource]}</Td>
                  <Td numeric>{n.maxShareBp === null ? '—' : formatRateBp(n.maxShareBp)}</Td>
                  <Td numeric>{n.ceilingVnd === null ? '—' : formatVndPlain(n.ceilingVnd)}</Td>
                  <Td>{CEILING_SCOPE_LABELS[n.ceilingScope]}</Td>
                  <Td numeric>{n.priorityMultiplierBp ? `${formatNumber(n.priorityMultiplierBp / 10_000)} lần` : '—'}</Td>
                  <Td className="min-w-56 text-xs">{n.legalBasis}</Td>
                  <Td className="whitespace-nowrap">
                    {formatDate(n.validFrom)} – {n.validTo ? formatDate(n.validTo) : 'nay'}
                    <span className="block">{inForce ? <Badge tone="success">Đang áp dụng</Badge> : <Badge>Không áp dụng</Badge>}</span>
                  </Td>
                  <Td>{n.province ? n.province.name : 'Trung ương'}</Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </>
  );
}
