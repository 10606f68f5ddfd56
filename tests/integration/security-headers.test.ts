// The headers of every response, set by proxy.ts: run the proxy itself on requests as Next would.
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { config, proxy } from '@/proxy';

async function headersFor(url: string, init: { headers?: Record<string, string> } = {}) {
  const response = await proxy(new NextRequest(url, init));
  return response.headers;
}

describe('security headers', () => {
  it.each(['http://localhost:3000/dang-nhap', 'http://localhost:3000/de-an/1', 'http://localhost:3000/api/tai-lieu/1'])('are on %s', async (url) => {
    const h = await headersFor(url);
    const csp = h.get('content-security-policy')!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toContain("object-src 'none'");
    expect(h.get('x-frame-options')).toBe('DENY');
    expect(h.get('x-content-type-options')).toBe('nosniff');
    expect(h.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(h.get('permissions-policy')).toContain('camera=()');
    expect(h.get('strict-transport-security')).toBeNull();
  });

  it('gives a fresh nonce to every request and hands it to Next in the request headers', async () => {
    const a = (await headersFor('http://localhost:3000/dang-nhap')).get('content-security-policy');
    const b = (await headersFor('http://localhost:3000/dang-nhap')).get('content-security-policy');
    expect(a).not.toBe(b);
    const forwarded = (await headersFor('http://localhost:3000/dang-nhap')).get('x-middleware-request-content-security-policy');
    expect(forwarded).toMatch(/'nonce-/);
  });

  it('adds HSTS and upgrade-insecure-requests behind HTTPS', async () => {
    for (const h of [await headersFor('https://kc.example.vn/dang-nhap'), await headersFor('http://localhost:3000/dang-nhap', { headers: { 'x-forwarded-proto': 'https' } })]) {
      expect(h.get('strict-transport-security')).toMatch(/max-age=\d{8}/);
      expect(h.get('content-security-policy')).toContain('upgrade-insecure-requests');
    }
  });

  it('keeps its headers on the redirect of an anonymous visitor', async () => {
    const response = await proxy(new NextRequest('http://localhost:3000/ke-hoach'));
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe('http://localhost:3000/dang-nhap?callbackUrl=%2Fke-hoach');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('covers every path but Next static files', () => {
    const matcher = new RegExp(`^${config.matcher[0]!.replace('/((', '/((').replace(')*)', ')*)')}$`);
    expect(matcher.test('/dang-nhap')).toBe(true);
    expect(matcher.test('/api/auth/session')).toBe(true);
    expect(matcher.test('/_next/static/chunks/app.js')).toBe(false);
  });
});
