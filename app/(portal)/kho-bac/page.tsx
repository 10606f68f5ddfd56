import type { Metadata } from 'next';
import { TreasuryQueueFilters } from '@/components/payments/treasury-queue-filters';
import { TreasuryQueueTable } from '@/components/payments/treasury-queue-table';
import { ButtonLink } from '@/components/ui/button';
import { FigureCards, PageHeader } from '@/components/ui/card';
import { formatNumber, isoDateVn } from '@/lib/domain/format';
import { PAYMENT_LIFECYCLE } from '@/lib/domain/lifecycle/payment';
import { formatVnd } from '@/lib/domain/money';
import { requirePermission } from '@/lib/server/auth';
import { forPage } from '@/lib/server/authz';
import { now } from '@/lib/server/clock';
import { findTreasuryQueue } from '@/lib/server/payments/find-treasury-queue';
import type { PaymentKind, PaymentStatus } from '@/prisma/generated/client/enums';
import { payPaymentAction, refusePaymentAction } from './actions';

export const metadata = { title: 'Kiểm soát chi' } satisfies Metadata;

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

export default async function TreasuryPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePermission('payment:control', '/kho-bac');
  const search = await searchParams;
  const status = first(search.trang_thai);
  const kind = first(search.loai);
  const filters = {
    status: Object.hasOwn(PAYMENT_LIFECYCLE.statusLabels, status) ? (status as PaymentStatus) : undefined,
    kind: kind === 'ADVANCE' || kind === 'PAYMENT' ? (kind as PaymentKind) : undefined,
    q: first(search.q) || undefined,
    page: Number.parseInt(first(search.trang), 10) || 1,
  };
  const { rows, totals, page, pageCount } = await forPage(findTreasuryQueue(actor, filters));
  const pageHref = (n: number) => {
    const params = new URLSearchParams();
    if (filters.status) params.set('trang_thai', filters.status);
    if (filters.kind) params.set('loai', filters.kind);
    if (filters.q) params.set('q', filters.q);
    if (n > 1) params.set('trang', String(n));
    const query = params.toString();
    return `/kho-bac${query ? `?${query}` : ''}`;
  };
  const requests = (count: number) => `${formatNumber(count)} đề nghị`;
  return (
    <>
      <PageHeader title={metadata.title} description={`${requests(totals.waitingCount)} chờ kiểm soát; đã xử lý hiển thị bên dưới.`} />
      <TreasuryQueueFilters status={filters.status ?? ''} kind={filters.kind ?? ''} q={filters.q ?? ''} />
      <FigureCards
        label="Tổng cộng danh sách"
        columns={3}
        phoneColumns={1}
        figures={[
          ['Tổng số tiền đề nghị', formatVnd(totals.amountVnd), requests(totals.count)],
          ['Đang chờ kiểm soát', formatVnd(totals.waitingVnd), requests(totals.waitingCount)],
          ['Đã thanh toán', formatVnd(totals.paidVnd), requests(totals.paidCount)],
        ]}
      />
      <TreasuryQueueTable rows={rows} today={isoDateVn(now())} payAction={payPaymentAction} refuseAction={refusePaymentAction} />
      {pageCount > 1 && (
        <nav aria-label="Phân trang đề nghị đã xử lý" className="mt-4 flex flex-wrap items-center gap-2 text-sm">
          {page > 1 && <ButtonLink href={pageHref(page - 1)}>← Trang trước</ButtonLink>}
          <span>
            Trang {page}/{pageCount}
          </span>
          {page < pageCount && <ButtonLink href={pageHref(page + 1)}>Trang sau →</ButtonLink>}
        </nav>
      )}
    </>
  );
}
