import { Link } from '@/components/ui/link';
import type { ReactNode } from 'react';
import { can } from '@/lib/domain/permissions';
import { NAV_ITEMS } from '@/lib/domain/navigation';
import { ROLE_LABELS, type Actor } from '@/lib/domain/roles';
import { SignOutButton } from './sign-out-button';

export function AppShell({ actor, scopeLabel, unread, children }: { actor: Actor; scopeLabel: string; unread: number; children: ReactNode }) {
  const items = NAV_ITEMS.filter((item) => can(actor, item.permission));
  const nav = (
    <ul className="flex flex-col gap-1 md:flex-row md:flex-wrap md:gap-0">
      {items.map((item) => (
        <li key={item.href}>
          <Link href={item.href} className="block rounded-md px-3 py-2 text-sm font-medium text-white/90 hover:bg-white/10 hover:text-white">
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
  return (
    <div className="flex min-h-screen flex-col">
      <header className="bg-brand-800 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
          <Link href="/" className="mr-auto flex min-w-0 items-center gap-2 font-bold">
            <span aria-hidden="true" className="grid size-8 shrink-0 place-items-center rounded bg-white text-sm text-brand-800">
              KC
            </span>
            <span className="truncate">Cổng quản lý khuyến công</span>
          </Link>
          <details className="group relative md:hidden">
            <summary className="cursor-pointer list-none rounded-md border border-white/30 px-3 py-1.5 text-sm">Menu</summary>
            <nav aria-label="Menu chính" className="absolute right-0 z-20 mt-2 w-64 rounded-md bg-brand-800 p-2 shadow-lg">
              {nav}
            </nav>
          </details>
          <div className="hidden items-center gap-3 text-sm md:flex">
            <Link href="/thong-bao" className="rounded-md px-2 py-1 hover:bg-white/10">
              Thông báo{unread > 0 && <span className="ml-1 rounded-full bg-amber-400 px-1.5 text-xs font-bold text-slate-900">{unread}</span>}
            </Link>
            <Link href="/tai-khoan" className="text-right leading-tight hover:underline">
              <span className="block font-medium">{actor.fullName}</span>
              <span className="block text-xs text-white/75">
                {ROLE_LABELS[actor.role]} · {scopeLabel}
              </span>
            </Link>
            <SignOutButton />
          </div>
        </div>
        <nav aria-label="Menu chính" className="mx-auto hidden max-w-7xl px-2 pb-2 md:block">
          {nav}
        </nav>
        <div className="flex items-center justify-between gap-2 border-t border-white/15 px-4 py-2 text-xs md:hidden">
          <Link href="/tai-khoan" className="min-w-0 truncate underline">
            {actor.fullName} · {ROLE_LABELS[actor.role]}
          </Link>
          <Link href="/thong-bao" className="shrink-0 underline">
            Thông báo{unread > 0 ? ` (${unread})` : ''}
          </Link>
          <SignOutButton compact />
        </div>
      </header>
      <main id="noi-dung" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
        {children}
      </main>
      <footer className="border-t border-slate-200 bg-white py-4 text-center text-xs text-slate-500">
        Sở Công Thương · Trung tâm Khuyến công và Tư vấn phát triển công nghiệp
      </footer>
    </div>
  );
}
