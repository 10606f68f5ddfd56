import type { Metadata } from 'next';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { NotificationItem } from '@/components/notifications/notification-item';
import { requireActor } from '@/lib/server/auth';
import { findNotificationsAndMarkRead } from '@/lib/server/notifications/find-notifications';

export const metadata = { title: 'Thông báo' } satisfies Metadata;

export default async function NotificationsPage() {
  const actor = await requireActor('/thong-bao');
  const notifications = await findNotificationsAndMarkRead(actor);
  return (
    <>
      <PageHeader title={metadata.title} />
      {notifications.length === 0 ? (
        <EmptyState>Bạn chưa có thông báo nào.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {notifications.map((n) => (
            <NotificationItem key={n.id} n={{ ...n, unread: !n.readAt }} />
          ))}
        </ul>
      )}
    </>
  );
}
