import type { ReactNode } from 'react';
import type { StatusLook, StatusTone } from '@/lib/domain/lifecycle/machine';

/** The status tones of the lifecycle tables, each with its style: every tone a table declares can be shown. */
export type BadgeTone = StatusTone;

const TONES: Record<BadgeTone, string> = {
  neutral: 'bg-slate-100 text-slate-800 ring-slate-300',
  info: 'bg-brand-50 text-brand-800 ring-brand-100',
  success: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  warning: 'bg-amber-50 text-amber-900 ring-amber-200',
  danger: 'bg-red-50 text-red-800 ring-red-200',
};

export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[tone]}`}>{children}</span>;
}

/** A record's status as its lifecycle table shows it: `<StatusBadge look={PROJECT_LIFECYCLE.states[status]} />`. */
export function StatusBadge({ look }: { look: StatusLook }) {
  return <Badge tone={look.tone}>{look.label}</Badge>;
}
