// Security headers of every response, built in one place (proxy.ts sets them). Pure: the caller
// gives the per-request nonce and whether the request came over HTTPS.

export interface HeaderContext {
  nonce: string;
  /** next dev needs eval for its error overlay and fast refresh; a production build never does. */
  dev: boolean;
  https: boolean;
}

/**
 * Scripts run only with this request's nonce (Next puts it on its own scripts when it finds it in
 * the request's CSP header); 'strict-dynamic' lets those load the chunks they need. Styles allow
 * 'unsafe-inline' because React style attributes (charts) cannot carry a nonce; style injection
 * cannot run code. Nothing may frame the portal.
 */
export function contentSecurityPolicy({ nonce, dev, https }: HeaderContext): string {
  return [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? ` 'unsafe-eval'` : ''}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' blob: data:`,
    `font-src 'self'`,
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** Every header but the CSP; HSTS only when the request came over HTTPS (a browser ignores it otherwise). */
export function securityHeaders({ https }: Pick<HeaderContext, 'https'>): Record<string, string> {
  return {
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(https ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
  };
}
