import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { StatusBadge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { SUPPORT_REQUEST_LIFECYCLE } from '@/lib/domain/lifecycle/beneficiary';
import { formatDate } from '@/lib/domain/format';
import { adminUnitName } from '@/lib/domain/labels';
import { formatVnd } from '@/lib/domain/money';
import { can } from '@/lib/domain/permissions';
import { requireActor } from '@/lib/server/auth';
import { forPage } from '@/lib/server/authz';
import { findSupportRequests } from '@/lib/server/support-requests/find-support-requests';

export const metadata: Metadata = { title: 'Đề nghị hỗ trợ' };

export default async function SupportRequestsPage() {
  const actor = await requireActor('/de-nghi-ho-tro');
  const rows = await forPage(findSupportRequests(actor));
  const applies = can(actor, 'support-request:apply');
  return (
    <>
      <PageHeader
        title={applies ? 'Đề nghị hỗ trợ của cơ sở' : 'Đề nghị hỗ trợ của cơ sở CNNT'}
        description={applies ? 'Lập, gửi và theo dõi đề nghị hỗ trợ khuyến công.' : 'Đề nghị các cơ sở đã gửi: đưa vào kế hoạch năm, hoặc trả lời lý do.'}
        actions={applies ? <ButtonLink href="/de-nghi-ho-tro/moi" variant="primary">Lập đề nghị hỗ trợ</ButtonLink> : undefined}
      />
      {rows.length === 0 ? (
        <EmptyState>Chưa có đề nghị hỗ trợ nào.</EmptyState>
      ) : (
        <ul className="space-y-3" aria-label="Danh sách đề nghị hỗ trợ">
          {rows.map((r) => (
            <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <Link href={`/de-nghi-ho-tro/${r.id}`} className="min-w-0 break-words font-semibold text-brand-700 hover:underline">
                  {r.title}
                </Link>
                <StatusBadge look={SUPPORT_REQUEST_LIFECYCLE.states[r.status]} />
              </div>
              {!applies && (
                <p className="text-sm text-slate-700">
                  {r.facility.name} (MST {r.facility.taxCode}) · {adminUnitName(r.adminUnit)}
                </p>
              )}
              <p className="text-sm text-slate-600">
                {r.contentCategory.code} · năm {r.year}
                {r.sentAt ? ` · gửi ${formatDate(r.sentAt)}` : ''}
              </p>
              <p className="tabular text-sm">
                Đề nghị hỗ trợ <span className="font-semibold">{formatVnd(r.requestedSupportVnd)}</span> / tổng {formatVnd(r.totalCostVnd)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
