import { Link } from '@/components/ui/link';
import type { ComponentProps } from 'react';

const VARIANTS = {
  primary: 'bg-brand-700 text-white hover:bg-brand-800 disabled:bg-slate-400',
  secondary: 'border border-slate-300 bg-white text-slate-800 hover:bg-slate-100 disabled:text-slate-400',
  danger: 'bg-red-700 text-white hover:bg-red-800 disabled:bg-slate-400',
  ghost: 'text-brand-700 hover:bg-brand-50',
} as const;

export type ButtonVariant = keyof typeof VARIANTS;

const BASE =
  'inline-flex min-h-10 items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-medium transition-colors disabled:cursor-not-allowed';

export function buttonClass(variant: ButtonVariant = 'primary', extra = ''): string {
  return `${BASE} ${VARIANTS[variant]} ${extra}`.trim();
}

export function Button({ variant = 'primary', className = '', type = 'button', ...props }: ComponentProps<'button'> & { variant?: ButtonVariant }) {
  return <button type={type} className={buttonClass(variant, className)} {...props} />;
}

export function ButtonLink({ variant = 'secondary', className = '', ...props }: ComponentProps<typeof Link> & { variant?: ButtonVariant }) {
  return <Link className={buttonClass(variant, className)} {...props} />;
}

/**
 * A file to download (an Excel export or template), looking like a button: a plain link with
 * `download`, never a client-side navigation — a file is not a page, and the page would otherwise be
 * left showing that one is on its way (components/ui/link.tsx).
 */
export function ButtonDownload({ variant = 'secondary', className = '', ...props }: Omit<ComponentProps<'a'>, 'download'> & { href: string; variant?: ButtonVariant }) {
  return <a className={buttonClass(variant, className)} download {...props} />;
}

/** A form's submit button: disabled while the form is sent, saying `pendingLabel` then (else its own words). */
export function SubmitButton({ sending, pendingLabel, children, ...props }: Omit<ComponentProps<'button'>, 'type' | 'disabled'> & { variant?: ButtonVariant; sending: boolean; pendingLabel?: string }) {
  return (
    <Button type="submit" disabled={sending} {...props}>
      {sending && pendingLabel ? pendingLabel : children}
    </Button>
  );
}

/** The buttons under a form that opened in place: send it (busy while pending) or close it again. */
export function SubmitOrCancel({ label, pending, onCancel, variant = 'primary' }: { label: string; pending: boolean; onCancel: () => void; variant?: ButtonVariant }) {
  return (
    <div className="flex flex-wrap gap-2">
      <SubmitButton variant={variant} sending={pending} pendingLabel="Đang gửi…">
        {label}
      </SubmitButton>
      <Button variant="ghost" onClick={onCancel}>
        Thôi
      </Button>
    </div>
  );
}

/** Under a GET filter form: apply it, or go back to the unfiltered list. */
export function FilterButtons({ label, clearHref, className = 'flex flex-wrap gap-2' }: { label: string; clearHref: string; className?: string }) {
  return (
    <div className={className}>
      <Button type="submit">{label}</Button>
      <ButtonLink href={clearHref} variant="ghost">
        Xoá bộ lọc
      </ButtonLink>
    </div>
  );
}
