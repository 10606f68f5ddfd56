import { Link } from '@/components/ui/link';
import type { ReactNode } from 'react';
import { EmptyState } from './card';

/** A table that scrolls sideways on a phone instead of breaking the page. */
/** `figures`: every cell after a row's first is a figure, aligned as such by the table (`.tbl-figures`). */
export function Table({ caption, figures = false, children }: { caption?: string; figures?: boolean; children: ReactNode }) {
  return (
    // Focusable, so a keyboard user can scroll a wide table sideways (axe: scrollable-region-focusable).
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white" tabIndex={0} role={caption ? 'region' : undefined} aria-label={caption}>
      <table className={`tbl${figures ? ' tbl-figures' : ''} min-w-full divide-y divide-slate-200 text-sm`}>
        {caption && <caption className="sr-only">{caption}</caption>}
        {children}
      </table>
    </div>
  );
}

// A cell's look comes from its table (`.tbl th`, `.tbl td` in app/globals.css), figures add `num`:
// a report of 2 000 cells sent ~160 KB of repeated utility classes twice (HTML and the React
// payload), which the server rendered on every request (docs/decisions/0046).
function cellClass(numeric: boolean, className: string): string | undefined {
  return [numeric ? 'num' : '', className].filter(Boolean).join(' ') || undefined;
}

export function Th({ children, className = '', numeric = false }: { children?: ReactNode; className?: string; numeric?: boolean }) {
  return (
    <th scope="col" className={cellClass(numeric, className)}>
      {children}
    </th>
  );
}

export function Td({ children, className = '', numeric = false }: { children?: ReactNode; className?: string; numeric?: boolean }) {
  return <td className={cellClass(numeric, className)}>{children}</td>;
}

/**
 * The link that names a row of a table or list (its đề án, facility, plan …) and leads to that row's
 * page; without a page to lead to (none yet, or not this person's to open) the name stands as text.
 */
export function RowLink({ href, children }: { href: string | null | false; children: ReactNode }) {
  if (!href) return <>{children}</>;
  return (
    <Link href={href} className="font-medium text-brand-700 hover:underline">
      {children}
    </Link>
  );
}

/** A value with a smaller grey line under it (its code, group, former area …); no line when the note is empty. */
export function WithNote({ note, children }: { note: ReactNode; children: ReactNode }) {
  return (
    <>
      {children}
      {note ? <span className="block text-xs text-slate-500">{note}</span> : null}
    </>
  );
}

/** One column of a DataTable: its heading, how a row fills its cell, and how the cell is aligned. */
export interface Column<R> {
  header?: ReactNode;
  cell: (row: R) => ReactNode;
  /** Right-aligned tabular figures, in the heading and the cells. */
  numeric?: boolean;
  /** Extra classes of the cells (not the heading). */
  className?: string;
  /** Extra classes of the heading. */
  headerClassName?: string;
}

type RowKey = string | number | bigint;

/** How rows are told apart: by their `id` (BigInt ids too) unless the table says otherwise (rows without an `id` must). */
type RowKeyProps<R> = R extends { id: RowKey } ? { rowKey?: (row: R) => RowKey } : { rowKey: (row: R) => RowKey };

/** A Table whose head and rows come from a column list: one heading (scope="col") and one cell per column and row. */
export function DataTable<R>({
  caption,
  columns,
  rows,
  rowKey,
  rowClassName,
  rowId,
  footer,
  empty,
  hiddenOnPhone = false,
}: {
  caption: string;
  columns: readonly Column<R>[];
  rows: readonly R[];
  /** Classes of a row (a highlighted one). */
  rowClassName?: (row: R) => string;
  /** The id of a row, when other pages link to it (#anchor). */
  rowId?: (row: R) => string;
  /** The rows of a <tfoot> (totals), when the table has one. */
  footer?: ReactNode;
  /** What shows instead of the table when there are no rows. */
  empty?: ReactNode;
  /** The table shows from the `sm` breakpoint up only: on a phone the caller lists the rows as cards (a wide table cannot fit 375 px). */
  hiddenOnPhone?: boolean;
} & RowKeyProps<R>) {
  if (empty !== undefined && rows.length === 0) return <EmptyState>{empty}</EmptyState>;
  const keyOf = rowKey ?? ((row: R) => (row as { id: RowKey }).id);
  const table = (
    <Table caption={caption}>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <Th key={i} numeric={c.numeric} className={c.headerClassName}>
              {c.header}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={keyOf(row)} id={rowId?.(row)} className={rowClassName?.(row)}>
            {columns.map((c, i) => (
              <Td key={i} numeric={c.numeric} className={c.className}>
                {c.cell(row)}
              </Td>
            ))}
          </tr>
        ))}
      </tbody>
      {footer && <tfoot>{footer}</tfoot>}
    </Table>
  );
  return hiddenOnPhone ? <div className="hidden sm:block">{table}</div> : table;
}
