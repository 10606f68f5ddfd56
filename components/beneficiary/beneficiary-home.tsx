import { Link } from '@/components/ui/link';
import { Card, EmptyState } from '@/components/ui/card';
import { formatDate } from '@/lib/domain/format';
import { NotificationItem } from '@/components/notifications/notification-item';
import type { BeneficiaryHome } from '@/lib/server/home/find-beneficiary-home';
import { NextActionBanner } from './next-action-banner';

/** The facility account's home above its money: next step, its đề án as cards, requests, notices. */
export function BeneficiaryHomeView({ home }: { home: BeneficiaryHome }) {
  return (
    <div className="mb-6 space-y-4">
      <NextActionBanner action={home.nextAction} />
      <Card title="Cơ sở của bạn">
        <p className="font-semibold text-slate-900">{home.facility.name}</p>
        <p className="text-sm text-slate-600">
          MST {home.facility.taxCode} · {home.facility.place}
        </p>
        <p className="mt-1 text-sm">
          Trạng thái đăng ký: <span className="font-medium">{home.facility.verificationLabel}</span>
        </p>
      </Card>
      <Card title={`Đề án của cơ sở (${home.projects.length})`}>
        {home.projects.length === 0 ? (
          <EmptyState>Cơ sở chưa có đề án khuyến công nào.</EmptyState>
        ) : (
          <ul className="space-y-3">
            {home.projects.map((p) => (
              <li key={p.id} className="rounded-md border border-slate-200 p-3">
                <Link href={`/de-an/${p.id}`} className="font-medium text-brand-700 hover:underline">
                  {p.code} — {p.name}
                </Link>
                <p className="text-sm text-slate-700">{p.plainStatus}</p>
                {p.missingDocuments > 0 && (
                  <p className="text-sm font-medium text-amber-800">
                    Còn thiếu {p.missingDocuments} giấy tờ nghiệm thu{p.endDate ? `, hạn ${formatDate(p.endDate)}` : ''}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Đề nghị hỗ trợ">
        <p className="text-sm text-slate-700">Cơ sở có {home.requestCount} đề nghị hỗ trợ.</p>
        <Link href="/de-nghi-ho-tro" className="mt-2 inline-block font-medium text-brand-700 hover:underline">
          Xem các đề nghị hỗ trợ
        </Link>
      </Card>
      <Card title="Thông báo mới">
        {home.notifications.length === 0 ? (
          <EmptyState>Chưa có thông báo.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100">
            {home.notifications.map((n) => (
              <NotificationItem key={n.id} n={n} compact />
            ))}
          </ul>
        )}
        <Link href="/thong-bao" className="mt-2 inline-block text-sm font-medium text-brand-700 hover:underline">
          Tất cả thông báo
        </Link>
      </Card>
    </div>
  );
}
