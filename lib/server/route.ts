import 'server-only';
import { ZodError, type z } from 'zod';
import type { Actor } from '@/lib/domain/roles';
import { isDenial, recordDenied } from './audit-denied';
import { findActor } from './auth';
import { databaseRefusal } from './database-errors';
import { AppError, type AppErrorCode } from './errors';
import { XLSX_MIME } from './excel/table-writer';

// The route-handler counterpart of `action()`: authenticates, and turns every refusal — an AppError,
// a refusal of the database, a malformed query string or id — into a plain Vietnamese answer with
// the right status. User input never produces a 500; only bugs do.

/** The HTTP status of each kind of refusal (route handlers and the open data API). */
export const REFUSAL_STATUS: Record<AppErrorCode, number> = {
  VALIDATION: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ILLEGAL_TRANSITION: 409,
  LIMIT_EXCEEDED: 422,
};

export function textResponse(message: string, status: number): Response {
  return new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' } });
}

export interface RouteContext<P> {
  request: Request;
  actor: Actor;
  params: P;
}

/** What a refusal answers; null for a bug. */
export function refusalResponse(error: unknown): Response | null {
  if (error instanceof ZodError) return textResponse(error.issues[0]?.message ?? 'Tham số không hợp lệ.', 400);
  if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return textResponse('Không tìm thấy tệp.', 404);
  const refused = databaseRefusal(error);
  if (!refused) return null;
  if (refused.detail) console.warn(`[route] ${refused.code}: ${refused.detail}`);
  return textResponse(refused.message, REFUSAL_STATUS[refused.code]);
}

/**
 * Wraps a GET/POST handler: no session → 401; refusals → 400/403/404/409/422 with the Vietnamese
 * message; anything else propagates. `onUnauthenticated` lets a download link send the browser to
 * the sign-in page instead.
 */
export function route<P = Record<string, string>>(
  handler: (context: RouteContext<P>) => Promise<Response>,
  options: { onUnauthenticated?: (request: Request, params: P) => Response | null } = {},
): (request: Request, context: { params: Promise<P> }) => Promise<Response> {
  return async (request, context) => {
    const params = (await context?.params) ?? ({} as P);
    const actor = await findActor();
    if (!actor) return options.onUnauthenticated?.(request, params) ?? textResponse('Phiên đăng nhập đã hết hạn.', 401);
    try {
      return await handler({ request, actor, params });
    } catch (error) {
      if (isDenial(error)) await recordDenied(actor, `route:${new URL(request.url).pathname}`, error);
      const response = refusalResponse(error);
      if (response) return response;
      throw error;
    }
  };
}

/**
 * For `onUnauthenticated` of a download link: a browser navigating to it (it accepts HTML) goes to
 * the sign-in page and back to `callbackPath`; any other client gets the plain 401 (null).
 */
export function signInRedirectForBrowser(request: Request, callbackPath: string): Response | null {
  if (!(request.headers.get('accept') ?? '').includes('text/html')) return null;
  const signIn = new URL('/dang-nhap', request.url);
  signIn.searchParams.set('callbackUrl', callbackPath);
  return Response.redirect(signIn, 303);
}

/**
 * A file to download: attachment with an ASCII fallback name and the UTF-8 name (RFC 6266), never
 * cached, never sniffed. Every download route answers through this.
 */
export function fileResponse(body: Uint8Array | ReadableStream<Uint8Array>, { fileName, mimeType }: { fileName: string; mimeType: string }): Response {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '');
  // A streamed body (a long export written as it is read) has no length known up front.
  const streamed = body instanceof ReadableStream;
  return new Response(streamed ? body : new Uint8Array(body), {
    headers: {
      'Content-Type': mimeType,
      ...(streamed ? {} : { 'Content-Length': String(body.length) }),
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** An Excel workbook to download, whole or streamed. */
export function xlsxFile(body: Uint8Array | ReadableStream<Uint8Array>, fileName: string): Response {
  return fileResponse(body, { fileName, mimeType: XLSX_MIME });
}

/** The largest id a row can have (PostgreSQL integer). */
const MAX_ID = 2_147_483_647;

/** A positive integer id from a path segment or query value; anything else is "not found". */
export function idFrom(raw: string | undefined | null, what: string): number {
  const id = raw !== null && raw !== undefined && /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(id) || id <= 0 || id > MAX_ID) throw new AppError('NOT_FOUND', `Không tìm thấy ${what}.`);
  return id;
}

/** The query string parsed by a shared schema; a value it refuses is a 400 with its Vietnamese message. */
export function queryFrom<S extends z.ZodType>(request: Request, schema: S): z.infer<S> {
  const parsed = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw new AppError('VALIDATION', parsed.error.issues[0]?.message ?? 'Tham số không hợp lệ.');
  return parsed.data;
}
