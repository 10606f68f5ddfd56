import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { formatDateTime } from '@/lib/domain/format';
import { requireActor } from '@/lib/server/auth';
import { findNotificationsAndMarkRead } from '@/lib/server/notifications/find-notifications';

export const metadata: Metadata = { title: 'Thông báo' };

export default async function NotificationsPage() {
  const actor = await requireActor('/thong-bao');
  const notifications = await findNotificationsAndMarkRead(actor);
  return (
    <>
      <PageHeader title="Thông báo" />
      {notifications.length === 0 ? (
        <EmptyState>Bạn chưa có thông báo nào.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {notifications.map((n) => (
            <li key={n.id} className="p-4">
              <p className={n.readAt ? 'text-slate-700' : 'font-semibold'}>
                {n.link ? (
                  <Link href={n.link} className="text-brand-700 hover:underline">
                    {n.title}
                  </Link>
                ) : (
                  n.title
                )}
              </p>
              {n.body && <p className="mt-1 text-sm text-slate-600">{n.body}</p>}
              <p className="mt-1 text-xs text-slate-500">{formatDateTime(n.createdAt)}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
