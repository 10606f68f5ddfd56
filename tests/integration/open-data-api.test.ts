// The open data API (/api/mo) through its route handlers, against PostgreSQL: tokens (unknown or
// revoked → 401), scope (another province → 403, another province's record → 404), the rate limit
// counted in PostgreSQL (429 with Retry-After), strict parameters (400 naming the parameter),
// stable pagination, the access log, and every answer parsed by the zod schema that documents it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { GET as getProgrammeProgress } from '@/app/api/mo/chuong-trinh/[id]/tien-do/route';
import { GET as getProgrammes } from '@/app/api/mo/chuong-trinh/route';
import { GET as getProject } from '@/app/api/mo/de-an/[id]/route';
import { GET as getProjects } from '@/app/api/mo/de-an/route';
import { GET as getSummary } from '@/app/api/mo/tong-hop/route';
import {
  apiErrorSchema,
  programmeListSchema,
  programmeProgressSchema,
  projectDetailSchema,
  projectListSchema,
  summarySchema,
} from '@/lib/schemas/open-data';
import { db } from '@/lib/server/db';
import { createApiClient } from '@/lib/server/open-data/create-api-client';
import { issueApiToken } from '@/lib/server/open-data/issue-api-token';
import { revokeApiToken } from '@/lib/server/open-data/revoke-api-token';
import { findSummaryReport } from '@/lib/server/reports/find-summary-report';
import { createProgramme } from '../factories/programme';
import { createActor, createWorld, freshWorld } from '../factories/world';

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

let w: Awaited<ReturnType<typeof createWorld>>;
let hpToken: string;
let ldToken: string;
let nationalToken: string;
let hpCode: string;
let ldCode: string;
let hpProgrammeId: number;

async function call(handler: Handler, path: string, token: string | null, params: Record<string, string> = {}) {
  const headers: Record<string, string> = token === null ? {} : { Authorization: `Bearer ${token}` };
  const response = await handler(new Request(`http://localhost${path}`, { headers }), { params: Promise.resolve(params) });
  const body: unknown = await response.json();
  return { response, status: response.status, body };
}

/** The answer parsed by its documented schema — strictly: no field the schema does not name. */
function parsed<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body);
  if (!result.success) throw new Error(`answer does not match its schema: ${JSON.stringify(result.error.issues.slice(0, 3))}`);
  expect(result.data).toEqual(body);
  return result.data;
}

function errorMessage(body: unknown): string {
  return apiErrorSchema.parse(body).error.message;
}

beforeAll(async () => {
  w = await freshWorld(createWorld);
  hpCode = w.hp.province.code;
  ldCode = w.ld.province.code;
  const ldAdmin = await createActor('SYSTEM_ADMIN', { provinceId: w.ld.province.id });
  hpToken = (await createApiClient(w.actors.admin, { name: 'Sở Tài chính HP (API)', scope: 'PROVINCE', requestsPerMinute: 1000 })).token;
  ldToken = (await createApiClient(ldAdmin, { name: 'Lâm Đồng (API)', scope: 'PROVINCE', requestsPerMinute: 1000 })).token;
  nationalToken = (await createApiClient(w.actors.admin, { name: 'CSDL quốc gia Bộ Công Thương', scope: 'NATIONAL', requestsPerMinute: 1000 })).token;
  hpProgrammeId = (await createProgramme({ provinceId: w.hp.province.id, status: 'APPROVED' })).id;
});

describe('tokens', () => {
  it('stores only the hash of a token, never the token', async () => {
    const rows = await db.apiToken.findMany({ select: { tokenHash: true, prefix: true } });
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) {
      expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
      expect([hpToken, ldToken, nationalToken]).not.toContain(row.tokenHash);
      expect(hpToken.startsWith(row.prefix) || ldToken.startsWith(row.prefix) || nationalToken.startsWith(row.prefix)).toBe(true);
    }
  });

  it('answers 401 without a token, with an unknown token and with a revoked one', async () => {
    const none = await call(getProjects, '/api/mo/de-an', null);
    expect(none.status).toBe(401);
    expect(none.response.headers.get('WWW-Authenticate')).toContain('Bearer');
    expect(errorMessage(none.body)).toContain('mã truy cập');

    const unknown = await call(getProjects, '/api/mo/de-an', 'kcmo_' + 'x'.repeat(43));
    expect(unknown.status).toBe(401);

    const client = await db.apiClient.findFirstOrThrow({ where: { name: 'Sở Tài chính HP (API)' } });
    const second = await issueApiToken(w.actors.admin, client.id);
    expect((await call(getProjects, '/api/mo/de-an', second.token)).status).toBe(200);
    const row = await db.apiToken.findFirstOrThrow({ where: { clientId: client.id }, orderBy: { id: 'desc' } });
    await revokeApiToken(w.actors.admin, row.id);
    const revoked = await call(getProjects, '/api/mo/de-an', second.token);
    expect(revoked.status).toBe(401);
    // The client's other token still works.
    expect((await call(getProjects, '/api/mo/de-an', hpToken)).status).toBe(200);
  });

  it('lets an administrator revoke only tokens of clients it manages', async () => {
    const ldClient = await db.apiClient.findFirstOrThrow({ where: { name: 'Lâm Đồng (API)' }, include: { tokens: true } });
    await expect(revokeApiToken(w.actors.admin, ldClient.tokens[0]!.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(revokeApiToken(w.actors.sct, ldClient.tokens[0]!.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await call(getProjects, '/api/mo/de-an', ldToken)).status).toBe(200);
  });
});

describe('scope: a province token reads its province only', () => {
  it('lists its own đề án and none of another province', async () => {
    const { status, body } = await call(getProjects, '/api/mo/de-an', hpToken);
    expect(status).toBe(200);
    const list = parsed(projectListSchema, body);
    expect(list.data.map((p) => p.id).sort()).toEqual([w.projectA.id, w.projectB.id].sort());
    expect(list.data.every((p) => p.province.code === hpCode)).toBe(true);
  });

  it('answers 403 when a province token asks for another province, on every endpoint that takes one', async () => {
    for (const [handler, path] of [
      [getProjects, `/api/mo/de-an?tinh=${ldCode}`],
      [getProgrammes, `/api/mo/chuong-trinh?tinh=${ldCode}`],
      [getSummary, `/api/mo/tong-hop?tinh=${ldCode}`],
      [getProjects, `/api/mo/de-an?xa=${w.xaLd.id}`],
      [getSummary, `/api/mo/tong-hop?xa=${w.xaLd.id}`],
    ] as const) {
      const { status, body } = await call(handler, path, hpToken);
      expect(status, path).toBe(403);
      expect(errorMessage(body)).toContain('tỉnh được cấp');
    }
    // The other way round too.
    expect((await call(getProjects, `/api/mo/de-an?tinh=${hpCode}`, ldToken)).status).toBe(403);
    // Its own province, named explicitly, is fine.
    expect((await call(getProjects, `/api/mo/de-an?tinh=${hpCode.toLowerCase()}`, hpToken)).status).toBe(200);
  });

  it("answers 404 for another province's đề án or programme, the same as for a missing one", async () => {
    const other = await call(getProject, `/api/mo/de-an/${w.projectLd.id}`, hpToken, { id: String(w.projectLd.id) });
    const missing = await call(getProject, '/api/mo/de-an/999999', hpToken, { id: '999999' });
    expect(other.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(errorMessage(other.body)).toBe(errorMessage(missing.body));
    const programme = await call(getProgrammeProgress, `/api/mo/chuong-trinh/${hpProgrammeId}/tien-do`, ldToken, { id: String(hpProgrammeId) });
    expect(programme.status).toBe(404);
  });

  it('gives the national token the KCQG đề án of every province, narrowed by tinh', async () => {
    const all = parsed(projectListSchema, (await call(getProjects, '/api/mo/de-an', nationalToken)).body);
    expect(all.data.map((p) => p.id).sort()).toEqual([w.projectB.id, w.projectLd.id].sort());
    expect(all.data.every((p) => p.fundingLevel === 'KCQG')).toBe(true);
    const ld = parsed(projectListSchema, (await call(getProjects, `/api/mo/de-an?tinh=${ldCode}`, nationalToken)).body);
    expect(ld.data.map((p) => p.id)).toEqual([w.projectLd.id]);
    const summary = parsed(summarySchema, (await call(getSummary, '/api/mo/tong-hop', nationalToken)).body);
    expect(summary.byProvince.length).toBeGreaterThan(0);
  });
});

describe('answers match their schemas', () => {
  it('đề án detail: money as whole đồng strings, dates ISO', async () => {
    const { status, body } = await call(getProject, `/api/mo/de-an/${w.projectA.id}`, hpToken, { id: String(w.projectA.id) });
    expect(status).toBe(200);
    const detail = parsed(projectDetailSchema, body);
    expect(detail.id).toBe(w.projectA.id);
    expect(detail.approvedSupportVnd).toBe('300000000');
    expect(detail.province.code).toBe(hpCode);
  });

  it('programmes and their progress', async () => {
    const list = parsed(programmeListSchema, (await call(getProgrammes, '/api/mo/chuong-trinh', hpToken)).body);
    expect(list.data.map((p) => p.id)).toContain(hpProgrammeId);
    const { status, body } = await call(getProgrammeProgress, `/api/mo/chuong-trinh/${hpProgrammeId}/tien-do`, hpToken, { id: String(hpProgrammeId) });
    expect(status).toBe(200);
    const progress = parsed(programmeProgressSchema, body);
    expect(progress.programmeId).toBe(hpProgrammeId);
    expect(progress.groups.length).toBeGreaterThan(0);
  });

  it('summary: the same figures as the portal report of the province', async () => {
    const { status, body } = await call(getSummary, '/api/mo/tong-hop?tu_nam=2020&den_nam=2030', hpToken);
    expect(status).toBe(200);
    const summary = parsed(summarySchema, body);
    const report = await findSummaryReport(w.actors.stc, { yearFrom: 2020, yearTo: 2030, province: w.hp.province.id } as never);
    expect(summary.total?.projects).toBe(Number(report.total?.projects ?? 0));
    expect(summary.total?.approvedVnd).toBe(String(report.total?.approvedVnd ?? 0n));
    expect(summary.byProvince).toEqual([]);
  });
});

describe('pagination', () => {
  it('pages with so_dong in a stable order, with a link to the next page', async () => {
    const first = parsed(projectListSchema, (await call(getProjects, '/api/mo/de-an?so_dong=1', hpToken)).body);
    expect(first.page).toMatchObject({ page: 1, pageSize: 1, total: 2, pageCount: 2 });
    expect(first.page.next).toBe('/api/mo/de-an?so_dong=1&trang=2');
    const second = parsed(projectListSchema, (await call(getProjects, first.page.next!, hpToken)).body);
    expect(second.page.next).toBeNull();
    expect([first.data[0]!.id, second.data[0]!.id].sort()).toEqual([w.projectA.id, w.projectB.id].sort());
    const again = parsed(projectListSchema, (await call(getProjects, '/api/mo/de-an?so_dong=1', hpToken)).body);
    expect(again.data[0]!.id).toBe(first.data[0]!.id);
  });
});

describe('bad parameters answer 400 naming the parameter, never 500', () => {
  it.each([
    ['/api/mo/de-an?nam=abc', 'nam'],
    ['/api/mo/de-an?nam=1999', 'nam'],
    ['/api/mo/de-an?so_dong=1000', 'so_dong'],
    ['/api/mo/de-an?so_dong=0', 'so_dong'],
    ['/api/mo/de-an?trang=-1', 'trang'],
    ['/api/mo/de-an?trang=1&trang=2', 'trang'],
    ['/api/mo/de-an?nguon=XYZ', 'nguon'],
    ['/api/mo/de-an?xa=99999999999', 'xa'],
    ['/api/mo/de-an?xa=999999', 'xa'],
    ['/api/mo/de-an?tinh=%00', 'tinh'],
    ['/api/mo/de-an?tinh=ZZ9', 'tinh'],
    ['/api/mo/de-an?foo=1', 'foo'],
    ['/api/mo/tong-hop?tu_nam=2030&den_nam=2020', 'tu_nam'],
    ['/api/mo/tong-hop?den_nam=x', 'den_nam'],
  ])('%s', async (path, parameter) => {
    const handler = path.startsWith('/api/mo/tong-hop') ? getSummary : getProjects;
    const { status, body } = await call(handler, path, hpToken);
    expect(status).toBe(400);
    expect(errorMessage(body)).toContain(parameter);
  });

  it.each(['abc', '0', '-3', '99999999999', '1.5'])('path id %s', async (id) => {
    const { status, body } = await call(getProject, `/api/mo/de-an/${id}`, hpToken, { id });
    expect(status).toBe(400);
    expect(errorMessage(body)).toContain('id');
  });
});

describe('rate limit (counted in PostgreSQL)', () => {
  it('answers 429 with Retry-After once the limit per minute is used up', async () => {
    const { token, clientId } = await createApiClient(w.actors.admin, { name: 'Thử giới hạn', scope: 'PROVINCE', requestsPerMinute: 3 });
    for (let i = 0; i < 3; i++) {
      const ok = await call(getProjects, '/api/mo/de-an', token);
      expect(ok.status).toBe(200);
      expect(ok.response.headers.get('X-RateLimit-Remaining')).toBe(String(2 - i));
    }
    const refused = await call(getProjects, '/api/mo/de-an', token);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.response.headers.get('Retry-After'));
    expect(Number.isInteger(retryAfter) && retryAfter > 0 && retryAfter <= 60).toBe(true);
    expect(errorMessage(refused.body)).toContain('giới hạn');
    // Still refused, and other clients are not affected.
    expect((await call(getSummary, '/api/mo/tong-hop', token)).status).toBe(429);
    expect((await call(getProjects, '/api/mo/de-an', hpToken)).status).toBe(200);
    // The count is a row in PostgreSQL, shared by every app server.
    const row = await db.signInThrottle.findUniqueOrThrow({ where: { key: `api:${clientId}` } });
    expect(row.lockedUntil).not.toBeNull();
  });

  it('cannot be outrun by parallel requests', async () => {
    const { token } = await createApiClient(w.actors.admin, { name: 'Thử song song', scope: 'PROVINCE', requestsPerMinute: 5 });
    const statuses = await Promise.all(Array.from({ length: 12 }, () => call(getProjects, '/api/mo/de-an', token).then((r) => r.status)));
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
  });
});

describe('access log', () => {
  it('records who, when, which endpoint and the answer of every request', async () => {
    const client = await db.apiClient.findFirstOrThrow({ where: { name: 'Sở Tài chính HP (API)' } });
    await call(getProjects, '/api/mo/de-an?nam=2026', hpToken);
    await call(getProjects, `/api/mo/de-an?tinh=${ldCode}`, hpToken);
    const rows = await db.apiAccessLog.findMany({ where: { clientId: client.id }, orderBy: { id: 'desc' }, take: 2 });
    expect(rows.map((r) => [r.path, r.query, r.httpStatus])).toEqual([
      ['/api/mo/de-an', `?tinh=${ldCode}`, 403],
      ['/api/mo/de-an', '?nam=2026', 200],
    ]);
    expect(rows[0]!.tokenId).not.toBeNull();
    expect(await db.apiAccessLog.count({ where: { clientId: null, httpStatus: 401 } })).toBeGreaterThan(0);
  });
});

describe('requests without a valid token', () => {
  it('are refused 401 and logged, and past 30 a minute from one address answer 429 unlogged', async () => {
    const from = (i: number) =>
      getProjects(new Request('http://localhost/api/mo/de-an', { headers: { Authorization: `Bearer kcmo_guess${String(i).padStart(6, '0')}`, 'x-forwarded-for': '203.0.113.9' } }), {
        params: Promise.resolve({}),
      });
    const before = await db.apiAccessLog.count({ where: { clientId: null } });
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) statuses.push((await from(i)).status);
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
    expect(await db.apiAccessLog.count({ where: { clientId: null } })).toBe(before + 30);
    // Another address is not affected; nor is sign-in from this one (its own key).
    const other = await getProjects(new Request('http://localhost/api/mo/de-an', { headers: { 'x-forwarded-for': '198.51.100.7' } }), { params: Promise.resolve({}) });
    expect(other.status).toBe(401);
    expect(await db.signInThrottle.count({ where: { key: 'ip:203.0.113.9' } })).toBe(0);
  });
});
