// Sends anonymous visitors to the sign-in page and back afterwards. This is a convenience only:
// every page, server action and route handler checks the actor itself (lib/server/auth.ts).
import { getToken } from 'next-auth/jwt';
import { NextResponse, type NextRequest } from 'next/server';

export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request });
  if (token) return NextResponse.next();
  const signIn = new URL('/dang-nhap', request.url);
  signIn.searchParams.set('callbackUrl', request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
}

export const config = {
  // Everything but sign-in, the auth API, Next's assets and public files.
  matcher: ['/((?!dang-nhap|api/auth|_next/|favicon.ico|robots.txt).*)'],
};
