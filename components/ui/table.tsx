import type { ReactNode } from 'react';

/** A table that scrolls sideways on a phone instead of breaking the page. */
export function Table({ caption, children }: { caption?: string; children: ReactNode }) {
  return (
    // Focusable, so a keyboard user can scroll a wide table sideways (axe: scrollable-region-focusable).
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white" tabIndex={0} role={caption ? 'region' : undefined} aria-label={caption}>
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        {caption && <caption className="sr-only">{caption}</caption>}
        {children}
      </table>
    </div>
  );
}

export function Th({ children, className = '', numeric = false }: { children?: ReactNode; className?: string; numeric?: boolean }) {
  return (
    <th scope="col" className={`whitespace-nowrap bg-slate-50 px-3 py-2 text-xs font-semibold text-slate-600 ${numeric ? 'text-right' : 'text-left'} ${className}`}>
      {children}
    </th>
  );
}

export function Td({ children, className = '', numeric = false }: { children?: ReactNode; className?: string; numeric?: boolean }) {
  return <td className={`px-3 py-2 align-top ${numeric ? 'tabular text-right whitespace-nowrap' : ''} ${className}`}>{children}</td>;
}
