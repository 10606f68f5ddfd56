// No 500 for user input: every page and route handler of app/, requested as signed-in users with
// malformed path segments (NUL byte, ids beyond integer range, negative, words, bad years) and a
// malformed query string (NUL byte, bad dates and numbers, unknown enum values, repeated keys).
// Routes are read from the app directory, so a new page is crawled without editing this file; a last
// pass visits the page of every real record of the demo data (data-dependent failures).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import pg from 'pg';
import { signIn } from './helpers';

const APP = path.resolve(import.meta.dirname, '../../app');

/** URL patterns of every page and GET route handler, e.g. "/de-an/[id]/dieu-chinh". */
function routes(dir = APP, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      // (group) folders do not appear in the URL; NextAuth's own endpoints are not ours to crawl.
      if (entry.name === '[...nextauth]') continue;
      const segment = /^\(.*\)$/.test(entry.name) ? '' : `/${entry.name}`;
      out.push(...routes(path.join(dir, entry.name), prefix + segment));
    } else if (entry.name === 'page.tsx' || entry.name === 'route.ts') {
      out.push(prefix || '/');
    }
  }
  return out;
}

const MALFORMED: Record<string, string[]> = {
  year: ['%00', '0', '99999', '2026abc', '-2026'],
  source: ['%00', 'kcxx', '__proto__'],
  // [id], [planId], [itemId] and any id segment added later.
  id: ['%00', '99999999999', '2147483648', '-1', '1.5', 'abc', '0x10'],
};
const GOOD: Record<string, string> = { year: '2026', source: 'kcdp', id: '1' };

const BAD_QUERY =
  '?q=%00&q=x&year=abc&page=1e400&kind=BOGUS&status=BOGUS&source=XX&sort=%00&dir=sideways&content=99999999999' +
  '&xa=-1&facility=abc&area=%00&nam=%00&da-nhap=1e999&callbackUrl=%00&tu-ngay=31%2F02%2F2026&den-ngay=not-a-date';

/**
 * The well-formed URL, alone and with the malformed query string; then each malformed value in turn
 * for one segment, the others well-formed. A page refuses a bad segment before it reads its query,
 * so a bad segment with the bad query string too would only repeat the first refusal.
 */
function urlsOf(pattern: string): string[] {
  const segments = [...pattern.matchAll(/\[(\w+)\]/g)].map((m) => m[1]!);
  const kind = (name: string) => (name in MALFORMED ? name : 'id');
  const fill = (bad?: { name: string; value: string }) =>
    pattern.replace(/\[(\w+)\]/g, (_, name: string) => (bad?.name === name ? bad.value : GOOD[kind(name)]!));
  const urls = [fill(), fill() + BAD_QUERY];
  for (const name of segments) for (const value of MALFORMED[kind(name)]!) urls.push(fill({ name, value }));
  return urls;
}

/** Signs in and waits for the home page; the first page of a fresh server compiles slowly. */
async function signInAs(page: Page, username: string) {
  await signIn(page, username);
  await expect(page.getByRole('heading', { level: 1, name: 'Việc cần xử lý' })).toBeVisible({ timeout: 60_000 });
}

// Both production instances answer the crawl, a few addresses in flight at once: the session cookie
// holds for either (one database), and the two-core machine is kept busy instead of waiting on one
// request at a time.
const INSTANCES = [process.env.E2E_BASE_URL ?? 'http://localhost:3100', process.env.E2E_SECOND_BASE_URL ?? process.env.E2E_BASE_URL ?? 'http://localhost:3100'];
const IN_FLIGHT = 4;

/** The addresses that answered 5xx, as "status url". */
async function serverErrors(request: APIRequestContext, urls: string[]): Promise<string[]> {
  const failures: string[] = [];
  let next = 0;
  const worker = async (lane: number) => {
    while (next < urls.length) {
      const url = urls[next++]!;
      const status = await statusOf(request, INSTANCES[lane % INSTANCES.length]! + url);
      if (status >= 500) failures.push(`${status} ${url}`);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, (_, lane) => worker(lane)));
  return failures.sort();
}

async function crawl(request: APIRequestContext): Promise<string[]> {
  return serverErrors(request, routes().flatMap(urlsOf));
}

/**
 * The status of one crawled address. A page answers in well under a second; the limit is the
 * navigation limit (90 s) so that a machine stalled by other work does not fail the crawl, and an
 * answer slower than 10 s is printed, so a slow page shows in the log before it becomes a failure.
 */
async function statusOf(request: APIRequestContext, url: string): Promise<number> {
  const started = Date.now();
  const response = await request.get(url, { maxRedirects: 0, failOnStatusCode: false, timeout: 90_000 });
  await response.body();
  const ms = Date.now() - started;
  if (ms > 10_000) console.warn(`[crawl] ${url} answered ${response.status()} after ${Math.round(ms / 1000)} s`);
  return response.status();
}

/** Ids of real records for each id segment (by the URL's first part), so data-dependent pages are crawled too. */
const ID_TABLES: Record<string, string> = {
  'de-an': 'SELECT id FROM "Project" ORDER BY id',
  'chuong-trinh': 'SELECT id FROM "Programme" ORDER BY id',
  'co-so': 'SELECT id FROM "Facility" ORDER BY id LIMIT 40',
  'dinh-muc': 'SELECT id FROM "SpendingNorm" ORDER BY id',
  api: 'SELECT id FROM "Document" ORDER BY id LIMIT 40',
  'kiem-tra': 'SELECT id FROM "Inspection" ORDER BY id',
  'cong-tac-vien': 'SELECT id FROM "Collaborator" ORDER BY id',
};

async function realUrls(): Promise<string[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const urls: string[] = [];
    for (const pattern of routes()) {
      const segments = [...pattern.matchAll(/\[(\w+)\]/g)].map((m) => m[1]!);
      const sql = ID_TABLES[pattern.split('/')[1]!];
      if (segments.length !== 1 || segments[0] !== 'id' || !sql) continue;
      for (const { id } of (await client.query<{ id: number }>(sql)).rows) urls.push(pattern.replace('[id]', String(id)));
    }
    const plans = await client.query<{ year: number; plan: number; item: number | null }>(
      'SELECT a.year, a.id AS plan, min(i.id) AS item FROM "AnnualPlan" a LEFT JOIN "PlanItem" i ON i."annualPlanId" = a.id GROUP BY a.year, a.id',
    );
    for (const p of plans.rows) {
      urls.push(`/ke-hoach/${p.year}`, `/ke-hoach/${p.year}/don-vi/${p.plan}`);
      if (p.item) urls.push(`/ke-hoach/${p.year}/don-vi/${p.plan}/de-xuat/${p.item}`);
    }
    return [...new Set(urls)];
  } finally {
    await client.end();
  }
}

test.describe('malformed addresses', () => {
  test.setTimeout(600_000);

  test('the route list covers the app', () => {
    const all = routes();
    for (const known of ['/de-an/[id]/dieu-chinh', '/api/tai-lieu/[id]', '/ke-hoach/[year]/xuat/[source]', '/quyet-dinh']) expect(all).toContain(known);
  });

  for (const username of ['ttkc.canbo', 'sct.lanhdao', 'khobac.canbo', 'coso.demo']) {
    test(`never answer 500 to ${username}`, async ({ page }) => {
      await signInAs(page, username);
      expect(await crawl(page.request)).toEqual([]);
    });
  }

  test('never answer 500 on any real record’s page, to the centre', async ({ page }) => {
    await signInAs(page, 'ttkc.canbo');
    expect(await serverErrors(page.request, await realUrls())).toEqual([]);
  });
});
