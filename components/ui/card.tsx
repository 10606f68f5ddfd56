import type { ReactNode } from 'react';

export function Card({ title, actions, children, className = '' }: { title?: ReactNode; actions?: ReactNode; children: ReactNode; className?: string }) {
  return (
    <section className={`min-w-0 rounded-lg border border-slate-200 bg-white shadow-sm ${className}`}>
      {(title || actions) && (
        <header className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 px-4 py-3">
          {title && <h2 className="text-base font-semibold text-slate-900">{title}</h2>}
          {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
        </header>
      )}
      <div className="p-4">{children}</div>
    </section>
  );
}

/** A card listing rows one under another, left out while there are none (the "recent …" lists). */
export function ListCard<T extends { id: number | string }>({
  title,
  items,
  itemClassName = 'py-2',
  children,
}: {
  title: string;
  items: readonly T[];
  itemClassName?: string;
  children: (item: T) => ReactNode;
}) {
  if (items.length === 0) return null;
  return (
    <Card title={title} className="mt-4">
      <ul className="divide-y divide-slate-100 text-sm">
        {items.map((item) => (
          <li key={item.id} className={itemClassName}>
            {children(item)}
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** The page's heading; `status` (a record's status badge) follows the description on its line. */
export function PageHeader({ title, description, status, actions }: { title: string; description?: ReactNode; status?: ReactNode; actions?: ReactNode }) {
  const line = status ? (
    <span className="flex flex-wrap items-center gap-2">
      <span>{description}</span>
      {status}
    </span>
  ) : (
    description
  );
  return (
    <div className="mb-6 flex flex-wrap items-start justify-between gap-3">
      <div className="min-w-0">
        <h1 className="text-xl font-bold text-slate-900 sm:text-2xl">{title}</h1>
        {line && <p className="mt-1 text-sm text-slate-600">{line}</p>}
      </div>
      {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
    </div>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="rounded-md border border-dashed border-slate-300 bg-slate-50 px-4 py-6 text-center text-sm text-slate-600">{children}</p>;
}

/** Label / value pairs for record pages. */
export function DetailList({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-2">
      {items.map((item) => (
        <div key={item.label} className="min-w-0">
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{item.label}</dt>
          <dd className="mt-0.5 break-words text-sm text-slate-900">{item.value ?? '—'}</dd>
        </div>
      ))}
    </dl>
  );
}

const FIGURE_COLUMNS = { 3: 'sm:grid-cols-3', 4: 'sm:grid-cols-4' } as const;

/** Small cards above a list; large ones as the headline of a page (home, consolidated plan). */
const FIGURE_SIZES = {
  small: { card: 'p-3', name: 'text-xs font-medium text-slate-500', value: 'tabular mt-1 font-bold text-slate-900' },
  large: { card: 'p-4', name: 'text-xs font-medium uppercase tracking-wide text-slate-500', value: 'tabular mt-1 text-xl font-bold text-slate-900' },
} as const;

/** Key figures (counts, totals): a labelled description list of cards; a figure's note is a smaller line under its value (how many requests make an amount). */
export function FigureCards({
  label,
  figures,
  columns = 4,
  phoneColumns = 2,
  size = 'small',
  className = 'mb-4',
}: {
  label: string;
  figures: [label: string, value: string, note?: string][];
  columns?: 3 | 4;
  phoneColumns?: 1 | 2;
  size?: keyof typeof FIGURE_SIZES;
  /** The list's margin (none where the page spaces its blocks itself). */
  className?: string;
}) {
  const look = FIGURE_SIZES[size];
  return (
    <dl className={`${className} grid gap-3 ${phoneColumns === 1 ? 'grid-cols-1' : 'grid-cols-2'} ${FIGURE_COLUMNS[columns]}`.trim()} aria-label={label}>
      {figures.map(([name, value, note]) => (
        <div key={name} className={`rounded-lg border border-slate-200 bg-white ${look.card}`}>
          <dt className={look.name}>{name}</dt>
          <dd className={look.value}>{value}</dd>
          {note && <dd className="text-xs text-slate-500">{note}</dd>}
        </div>
      ))}
    </dl>
  );
}

/** A page's headline figures (home, consolidated plan): three large cards, one under another on a phone. */
export function HeadlineFigures({ label, figures, className = 'mb-6' }: { label: string; figures: [label: string, value: string][]; className?: string }) {
  return <FigureCards label={label} figures={figures} size="large" columns={3} phoneColumns={1} className={className} />;
}

/** A card holding only a record's label / value pairs. */
export function DetailCard({ title, items }: { title: ReactNode; items: { label: string; value: ReactNode }[] }) {
  return (
    <Card title={title}>
      <DetailList items={items} />
    </Card>
  );
}
