'use client';

import { useState, type ReactNode } from 'react';

/**
 * On a phone the filter fields fold behind a "Bộ lọc" button so the list comes first; from the `sm`
 * breakpoint up they are always shown and the button is not rendered visibly.
 */
export function FilterDisclosure({ activeCount, children }: { activeCount: number; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="project-filter-fields"
        onClick={() => setOpen((o) => !o)}
        className="inline-flex min-h-10 items-center gap-2 rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100 sm:hidden"
      >
        <span aria-hidden="true">{open ? '▾' : '▸'}</span>
        Bộ lọc{activeCount > 0 ? ` (${activeCount} đang áp dụng)` : ''}
      </button>
      <div id="project-filter-fields" className={`${open ? 'block' : 'hidden'} space-y-3 sm:block`}>
        {children}
      </div>
    </>
  );
}
