import { Link } from '@/components/ui/link';
import { buttonClass } from '@/components/ui/button';
import type { NextAction } from '@/lib/domain/beneficiary-home';
import { formatDate } from '@/lib/domain/format';

const TONES = {
  info: 'border-brand-200 bg-brand-50 text-brand-900',
  success: 'border-emerald-200 bg-emerald-50 text-emerald-900',
  warning: 'border-amber-300 bg-amber-50 text-amber-900',
} as const;

/** The facility's next step, first thing on its home (phone first: one column, a large button). */
export function NextActionBanner({ action }: { action: NextAction }) {
  return (
    <section aria-labelledby="next-action-title" className={`mb-5 rounded-lg border-2 p-4 ${TONES[action.tone]}`}>
      <p className="text-xs font-semibold uppercase tracking-wide">Việc cần làm tiếp theo</p>
      <h2 id="next-action-title" className="mt-1 text-lg font-bold">
        {action.title}
      </h2>
      <p className="mt-1 text-sm">{action.body}</p>
      {action.dueOn && <p className="mt-1 text-sm font-semibold">Hạn: {formatDate(action.dueOn)}</p>}
      {action.href && action.linkLabel && (
        <Link href={action.href} className={buttonClass('primary', 'mt-3 w-full justify-center sm:w-auto')}>
          {action.linkLabel}
        </Link>
      )}
    </section>
  );
}
