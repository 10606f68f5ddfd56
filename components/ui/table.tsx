import type { ReactNode } from 'react';

/** A table that scrolls sideways on a phone instead of breaking the page. */
export function Table({ caption, children }: { caption?: string; children: ReactNode }) {
  return (
    // Focusable, so a keyboard user can scroll a wide table sideways (axe: scrollable-region-focusable).
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white" tabIndex={0} role={caption ? 'region' : undefined} aria-label={caption}>
      <table className="tbl min-w-full divide-y divide-slate-200 text-sm">
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
