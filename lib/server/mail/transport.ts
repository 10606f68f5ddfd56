import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import { env } from '../env';

export type MailTransport = Pick<Transporter, 'sendMail'>;

/** Base of every link in an email: PORTAL_URL, else NEXTAUTH_URL, else the local default. */
export function portalUrl(): string {
  return (env().PORTAL_URL ?? env().NEXTAUTH_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
}

/** "/ke-hoach/2027" → "https://congkhuyencong.vn/ke-hoach/2027". */
export function absoluteLink(path: string): string {
  return /^https?:\/\//.test(path) ? path : `${portalUrl()}${path.startsWith('/') ? '' : '/'}${path}`;
}

let cached: MailTransport | null | undefined;

/**
 * The SMTP transport from the environment, or null when no server is configured — then mail stays
 * in the outbox (status HELD) for the admin to read, so a local run needs nothing.
 */
export function mailTransport(): MailTransport | null {
  if (cached !== undefined) return cached;
  const e = env();
  if (e.SMTP_URL) cached = nodemailer.createTransport(e.SMTP_URL);
  else if (e.SMTP_HOST) {
    cached = nodemailer.createTransport({
      host: e.SMTP_HOST,
      port: e.SMTP_PORT ?? (e.SMTP_SECURE ? 465 : 587),
      secure: e.SMTP_SECURE,
      auth: e.SMTP_USER ? { user: e.SMTP_USER, pass: e.SMTP_PASSWORD ?? '' } : undefined,
    });
  } else cached = null;
  return cached;
}
