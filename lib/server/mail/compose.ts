import 'server-only';
import { escapeHtml, formatDateTime } from '@/lib/domain/format';
import { absoluteLink } from './transport';

// Vietnamese emails: a plain-text body (what most government mail clients show) and a minimal HTML
// twin. Every link is absolute, built from PORTAL_URL.

export interface ComposedEmail {
  subject: string;
  text: string;
  html: string;
}

const FOOTER = 'Thư này do Cổng quản lý khuyến công gửi tự động. Đổi cách nhận thư tại mục Tài khoản của cổng.';

function paragraphs(text: string): string {
  return text
    .split('\n')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
}

function html(body: string): string {
  return `<!doctype html><html lang="vi"><body style="font-family:Arial,sans-serif;font-size:15px;color:#0f172a">${body}<hr><p style="font-size:12px;color:#64748b">${escapeHtml(FOOTER)}</p></body></html>`;
}

export function notificationEmail(to: { fullName: string }, n: { title: string; body: string | null; link: string | null }): ComposedEmail {
  const link = n.link ? absoluteLink(n.link) : null;
  const text = [`Kính gửi ${to.fullName},`, '', n.title, ...(n.body ? ['', n.body] : []), ...(link ? ['', `Xem và xử lý: ${link}`] : []), '', '—', FOOTER].join('\n');
  const body = `<p>Kính gửi ${escapeHtml(to.fullName)},</p><p><strong>${escapeHtml(n.title)}</strong></p>${n.body ? paragraphs(n.body) : ''}${
    link ? `<p><a href="${escapeHtml(link)}">Xem và xử lý trên cổng</a></p>` : ''
  }`;
  return { subject: `[Khuyến công] ${n.title}`, text, html: html(body) };
}

export function digestEmail(
  to: { fullName: string },
  day: string,
  items: { title: string; body: string | null; link: string | null; createdAt: Date }[],
): ComposedEmail {
  const lines = items.map((n, i) => {
    const link = n.link ? ` — ${absoluteLink(n.link)}` : '';
    return `${i + 1}. ${n.title} (${formatDateTime(n.createdAt)})${link}`;
  });
  const text = [`Kính gửi ${to.fullName},`, '', `Ngày ${day} có ${items.length} thông báo mới:`, '', ...lines, '', '—', FOOTER].join('\n');
  const list = items
    .map((n) => {
      const title = n.link ? `<a href="${escapeHtml(absoluteLink(n.link))}">${escapeHtml(n.title)}</a>` : escapeHtml(n.title);
      return `<li>${title} <small>(${escapeHtml(formatDateTime(n.createdAt))})</small>${n.body ? `<br>${escapeHtml(n.body)}` : ''}</li>`;
    })
    .join('');
  return {
    subject: `[Khuyến công] Tổng hợp ${items.length} thông báo ngày ${day}`,
    text,
    html: html(`<p>Kính gửi ${escapeHtml(to.fullName)},</p><p>Ngày ${escapeHtml(day)} có ${items.length} thông báo mới:</p><ol>${list}</ol>`),
  };
}

export function verificationEmail(to: { fullName: string }, link: string, expiresAt: Date): ComposedEmail {
  const url = absoluteLink(link);
  const text = [
    `Kính gửi ${to.fullName},`,
    '',
    'Địa chỉ thư này vừa được khai báo cho tài khoản của bạn trên Cổng quản lý khuyến công.',
    `Mở liên kết sau để xác nhận (hiệu lực đến ${formatDateTime(expiresAt)}):`,
    url,
    '',
    'Nếu không phải bạn khai báo, hãy bỏ qua thư này.',
  ].join('\n');
  return {
    subject: '[Khuyến công] Xác nhận địa chỉ thư điện tử',
    text,
    html: html(
      `<p>Kính gửi ${escapeHtml(to.fullName)},</p><p>Địa chỉ thư này vừa được khai báo cho tài khoản của bạn trên Cổng quản lý khuyến công.</p><p><a href="${escapeHtml(url)}">Xác nhận địa chỉ thư</a> (hiệu lực đến ${escapeHtml(formatDateTime(expiresAt))}).</p><p>Nếu không phải bạn khai báo, hãy bỏ qua thư này.</p>`,
    ),
  };
}
