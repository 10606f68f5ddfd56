import 'server-only';
import type { z } from 'zod';
import type { Actor } from '@/lib/domain/roles';
import { ANONYMOUS_REQUESTS_PER_MINUTE, anonymousRateKey, rateLimitKey } from '@/lib/domain/security/api-rate-limit';
import { bearerToken, hashApiToken } from './api-token';
import type { OpenDataEndpoint } from '@/lib/schemas/open-data';
import { clientAddress } from '../auth';
import { elapsedClock, now } from '../clock';
import { databaseRefusal } from '../database-errors';
import { db } from '../db';
import { AppError } from '../errors';
import { REFUSAL_STATUS } from '../route';
import { apiClientActor } from './api-actor';
import { takeRequest } from './rate-limit';

// The route wrapper of the open data API (/api/mo): token → client (401), rate limit (429 with
// Retry-After), strict parameters (400 naming the parameter), the client's scope (403 for another
// province), the answer parsed through its zod schema (the JSON is exactly the documented shape),
// and one ApiAccessLog row per request whatever the outcome. Answers are JSON, errors included.

const STATUS = REFUSAL_STATUS;

export interface ApiClientInfo {
  id: number;
  name: string;
  provinceId: number | null;
}

export interface ApiContext<Q, P> {
  request: Request;
  client: ApiClientInfo;
  actor: Actor;
  query: Q;
  params: P;
}

function json(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}

export function apiError(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return json({ error: { code, message } }, status, headers);
}

/** The query string checked by a strict schema: a repeated, unknown or malformed parameter is a 400 naming it. */
export function parseParams<S extends z.ZodType>(schema: S, values: URLSearchParams | Record<string, string>): z.infer<S> {
  const entries = values instanceof URLSearchParams ? [...values.entries()] : Object.entries(values);
  const seen = new Map<string, string>();
  for (const [key, value] of entries) {
    if (seen.has(key)) throw new AppError('VALIDATION', `Tham số ${key} chỉ được truyền một lần`);
    seen.set(key, value);
  }
  const parsed = schema.safeParse(Object.fromEntries(seen));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (issue?.code === 'unrecognized_keys') throw new AppError('VALIDATION', `Tham số không được hỗ trợ: ${issue.keys.join(', ')}`);
  throw new AppError('VALIDATION', issue?.message ?? 'Tham số không hợp lệ');
}

const clip = (s: string, max: number) => s.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, max);

async function logAccess(request: Request, started: number, at: Date, status: number, client: ApiClientInfo | null, tokenId: number | null) {
  const url = new URL(request.url);
  try {
    await db.apiAccessLog.create({
      data: {
        clientId: client?.id ?? null,
        tokenId,
        at,
        method: clip(request.method, 10),
        path: clip(url.pathname, 500),
        query: clip(url.search, 1000),
        httpStatus: status,
        durationMs: Math.min(2_147_483_647, Math.max(0, Math.round(performance.now() - started))),
      },
    });
  } catch (error) {
    // The answer is already decided; a failed log line must not turn it into a 500.
    console.error('[api-mo] access log', error);
  }
}

/** Authenticates the bearer token: the client and token, or null for a missing, unknown or revoked one. */
async function authenticate(request: Request) {
  const token = bearerToken(request.headers.get('authorization'));
  if (!token) return null;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { id: true, revokedAt: true, lastUsedAt: true, client: { select: { id: true, name: true, provinceId: true, requestsPerMinute: true } } },
  });
  if (!row || row.revokedAt) return null;
  return row;
}

export function apiRoute<Q, P>(
  endpoint: Pick<OpenDataEndpoint, 'response'> & { query?: z.ZodType<Q>; pathParams?: z.ZodType<P> },
  handler: (context: ApiContext<Q, P>) => Promise<unknown>,
): (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> {
  return async (request, context) => {
    const started = performance.now();
    const at = now();
    const auth = await authenticate(request);
    if (!auth) {
      const address = clientAddress(Object.fromEntries(request.headers));
      const anonymous = await db.$transaction((tx) => takeRequest(tx, anonymousRateKey(address), ANONYMOUS_REQUESTS_PER_MINUTE, elapsedClock()));
      if (!anonymous.allowed) {
        return apiError(429, 'RATE_LIMITED', `Quá nhiều yêu cầu không có mã truy cập hợp lệ. Vui lòng thử lại sau ${anonymous.retryAfterSeconds} giây.`, {
          'Retry-After': String(anonymous.retryAfterSeconds),
        });
      }
      await logAccess(request, started, at, 401, null, null);
      return apiError(401, 'UNAUTHENTICATED', 'Thiếu mã truy cập, mã không đúng hoặc đã bị thu hồi.', { 'WWW-Authenticate': 'Bearer realm="api-mo"' });
    }
    const client = { id: auth.client.id, name: auth.client.name, provinceId: auth.client.provinceId };
    const limit = auth.client.requestsPerMinute;
    const decision = await db.$transaction(async (tx) => {
      const taken = await takeRequest(tx, rateLimitKey(client.id), limit, elapsedClock());
      // lastUsedAt at most once a minute: one write per request would serialise a busy client.
      if (!auth.lastUsedAt || at.getTime() - auth.lastUsedAt.getTime() > 60_000) {
        await tx.apiToken.update({ where: { id: auth.id }, data: { lastUsedAt: at } });
      }
      return taken;
    });
    if (!decision.allowed) {
      await logAccess(request, started, at, 429, client, auth.id);
      return apiError(429, 'RATE_LIMITED', `Vượt giới hạn ${limit} yêu cầu mỗi phút. Vui lòng thử lại sau ${decision.retryAfterSeconds} giây.`, {
        'Retry-After': String(decision.retryAfterSeconds),
        'X-RateLimit-Limit': String(limit),
        'X-RateLimit-Remaining': '0',
      });
    }
    const rateHeaders = { 'X-RateLimit-Limit': String(limit), 'X-RateLimit-Remaining': String(decision.remaining) };
    let status = 200;
    try {
      const rawParams = (await context?.params) ?? {};
      const params = (endpoint.pathParams ? parseParams(endpoint.pathParams, rawParams) : rawParams) as P;
      const query = (endpoint.query ? parseParams(endpoint.query, new URL(request.url).searchParams) : {}) as Q;
      const body = await handler({ request, client, actor: apiClientActor(client), query, params });
      return json(endpoint.response.parse(body), 200, rateHeaders);
    } catch (error) {
      const refused = databaseRefusal(error);
      if (refused) {
        status = STATUS[refused.code];
        if (refused.detail) console.warn(`[api-mo] ${refused.code}: ${refused.detail}`);
        return apiError(status, refused.code, refused.message, rateHeaders);
      }
      status = 500;
      console.error('[api-mo]', error);
      return apiError(500, 'INTERNAL', 'Lỗi máy chủ. Vui lòng thử lại sau.', rateHeaders);
    } finally {
      await logAccess(request, started, at, status, client, auth.id);
    }
  };
}
