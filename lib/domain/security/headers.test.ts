// Security headers of every response: what a browser enforces on the portal's pages.
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from './headers';

function directives(csp: string): Record<string, string> {
  return Object.fromEntries(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
}

describe('content security policy', () => {
  it('lets scripts run only with this request’s nonce in production', () => {
    const csp = contentSecurityPolicy({ nonce: 'abc123', dev: false, https: false });
    expect(csp).toBe(
      "default-src 'self'; script-src 'self' 'nonce-abc123' 'strict-dynamic'; style-src 'self' 'unsafe-inline'; img-src 'self' blob: data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
    expect(csp).not.toContain('unsafe-eval');
  });

  it('allows eval and the dev socket only under next dev', () => {
    const d = directives(contentSecurityPolicy({ nonce: 'n', dev: true, https: false }));
    expect(d['script-src']).toBe("'self' 'nonce-n' 'strict-dynamic' 'unsafe-eval'");
    expect(d['connect-src']).toBe("'self' ws:");
  });

  it('upgrades insecure requests only over HTTPS', () => {
    expect(contentSecurityPolicy({ nonce: 'n', dev: false, https: true }).endsWith("; frame-ancestors 'none'; upgrade-insecure-requests")).toBe(true);
    expect(contentSecurityPolicy({ nonce: 'n', dev: false, https: false })).not.toContain('upgrade-insecure-requests');
  });

  it('keeps the page from being framed and plugins from loading, dev or not', () => {
    for (const dev of [false, true]) {
      const d = directives(contentSecurityPolicy({ nonce: 'n', dev, https: true }));
      expect(d['frame-ancestors']).toBe("'none'");
      expect(d['object-src']).toBe("'none'");
      expect(d['default-src']).toBe("'self'");
    }
  });
});

describe('other security headers', () => {
  it('sets the fixed headers, without HSTS over plain HTTP', () => {
    expect(securityHeaders({ https: false })).toEqual({
      'X-Frame-Options': 'DENY',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
  });

  it('adds HSTS for two years over HTTPS', () => {
    expect(securityHeaders({ https: true })['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains');
    expect(Object.keys(securityHeaders({ https: true }))).toHaveLength(6);
  });
});
