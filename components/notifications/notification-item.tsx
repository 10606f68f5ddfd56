import { Link } from '@/components/ui/link';
import { formatDateTime } from '@/lib/domain/format';

export interface NotificationView {
  id: number;
  title: string;
  body: string | null;
  link: string | null;
  createdAt: Date;
  unread: boolean;
}

/** One notification in a list: its title (a link when it points somewhere), text and time; unread in bold. */
export function NotificationItem({ n, compact = false }: { n: NotificationView; compact?: boolean }) {
  return (
    <li className={compact ? 'py-2' : 'p-4'}>
      <p className={`${compact ? 'text-sm ' : ''}${n.unread ? 'font-semibold' : 'text-slate-700'}`}>
        {n.link ? (
          <Link href={n.link} className="text-brand-700 hover:underline">
            {n.title}
          </Link>
        ) : (
          n.title
        )}
      </p>
      {n.body && <p className={compact ? 'text-xs text-slate-600' : 'mt-1 text-sm text-slate-600'}>{n.body}</p>}
      <p className={`${compact ? '' : 'mt-1 '}text-xs text-slate-500`}>{formatDateTime(n.createdAt)}</p>
    </li>
  );
}
