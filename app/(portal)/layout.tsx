import { AppShell } from '@/components/layout/app-shell';
import { getActorContext } from '@/lib/server/account/get-actor-context';
import { requireActor } from '@/lib/server/auth';

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  const context = await getActorContext(actor);
  return (
    <AppShell actor={actor} scopeLabel={context.scopeLabel} unread={context.unreadNotifications}>
      {children}
    </AppShell>
  );
}
