// Runs before every request but Next's static files: refuses a body above the upload limit with a
// 413, sets the security headers (a fresh CSP nonce per request, lib/domain/security/headers.ts) and sends anonymous visitors to the sign-in page and
// back afterwards. The redirect is a convenience only: every page, server action and route handler
// checks the actor itself (lib/server/auth.ts), including whether the session was revoked.
import { getToken } from 'next-auth/jwt';
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, securityHeaders } from '@/lib/domain/security/headers';
import { requestBodyLimitBytes, uploadLimitMessage } from '@/lib/domain/security/upload-limit';
import { decodeSessionToken } from '@/lib/server/account/session-token';
import { env } from '@/lib/server/env';

// The open data API's description for people is public like its OpenAPI document (/api/mo/openapi.json);
// so is a facility's self-registration, and /cong-khai (what is public by nature).
const PUBLIC = [/^\/dang-nhap(\/|$)/, /^\/dang-ky-co-so(\/|$)/, /^\/robots\.txt$/, /^\/du-lieu-mo$/, /^\/cong-khai(\/|$)/];
// Route handlers answer an anonymous caller themselves (401, or a redirect for a download link,
// lib/server/route.ts): an API client must never receive the sign-in page with a 200.
const SELF_AUTHENTICATING = /^\/api(\/|$)/;

function isHttps(request: NextRequest): boolean {
  return request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

export async function proxy(request: NextRequest) {
  const https = isHttps(request);
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  // NODE_ENV is a build-time constant here (Next inlines it), not configuration.
  const csp = contentSecurityPolicy({ nonce, https, dev: process.env.NODE_ENV === 'development' });

  let response: NextResponse;
  const path = request.nextUrl.pathname;
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > requestBodyLimitBytes(env().UPLOAD_MAX_MB)) {
    // Refused before the body is read: a clear 413 rather than a failure deep inside Next.
    response = new NextResponse(uploadLimitMessage(env().UPLOAD_MAX_MB), { status: 413, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  } else if (PUBLIC.some((p) => p.test(path)) || SELF_AUTHENTICATING.test(path) || (await getToken({ req: request, decode: decodeSessionToken }))) {
    const forwarded = new Headers(request.headers);
    forwarded.set('x-nonce', nonce);
    forwarded.set('Content-Security-Policy', csp);
    response = NextResponse.next({ request: { headers: forwarded } });
  } else {
    const signIn = new URL('/dang-nhap', request.url);
    signIn.searchParams.set('callbackUrl', path + request.nextUrl.search);
    response = NextResponse.redirect(signIn);
  }
  response.headers.set('Content-Security-Policy', csp);
  for (const [name, value] of Object.entries(securityHeaders({ https }))) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but Next's static files (next.config.ts gives those their own headers).
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
