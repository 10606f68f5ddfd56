import { Link } from '@/components/ui/link';

const TABS = [
  { href: '', label: 'Đăng ký' },
  { href: '/tong-hop', label: 'Tổng hợp' },
  { href: '/kinh-phi', label: 'Thẩm định kinh phí' },
  { href: '/quyet-dinh', label: 'Quyết định phê duyệt' },
] as const;

/** Steps of a round, for those who follow the city plan (the pages check access themselves). */
export function RoundNav({ year, current }: { year: number; current: (typeof TABS)[number]['href'] }) {
  return (
    <nav aria-label={`Các bước kế hoạch năm ${year}`} className="mb-6 overflow-x-auto">
      <ul className="flex min-w-max gap-1 border-b border-slate-200">
        {TABS.map((tab) => (
          <li key={tab.href}>
            <Link
              href={`/ke-hoach/${year}${tab.href}`}
              aria-current={tab.href === current ? 'page' : undefined}
              className={`block border-b-2 px-3 py-2 text-sm font-medium ${tab.href === current ? 'border-brand-700 text-brand-800' : 'border-transparent text-slate-600 hover:text-brand-700'}`}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
