import { expect, test } from '@playwright/test';
import pg from 'pg';
import { queryOne, signInAndWaitHome } from './helpers';

// Two production instances on one database (scripts/test.mjs starts both, as a load balancer would
// see them): nothing that matters lives in one process's memory. A person signs in on one and works
// on the other, a file uploaded through one downloads through the other, signing out on one ends the
// session on both, and the scheduled jobs — run by the worker inside each instance — run once per tick.

const FIRST = process.env.E2E_BASE_URL ?? 'http://localhost:3100';
const SECOND = process.env.E2E_SECOND_BASE_URL ?? 'http://localhost:3101';

async function rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

test('signed in on one instance, working on the other; the file crosses; signing out on one ends both', async ({ browser }) => {
  test.setTimeout(240_000);
  const draft = await queryOne<{ id: number; code: string }>(
    `SELECT p.id, p.code FROM "Project" p JOIN "Province" v ON v.id = p."provinceId" WHERE v.code = 'HP' AND p.status = 'DRAFT' ORDER BY p.id LIMIT 1`,
  );
  // Cookies belong to the host, not the port: one browser context carries the session to both.
  const context = await browser.newContext({ baseURL: FIRST });
  const first = await context.newPage();
  await signInAndWaitHome(first, 'ttkc.canbo');

  const second = await context.newPage();
  await second.goto(`${SECOND}/de-an/${draft.id}`);
  await expect(second).toHaveURL(new RegExp(`^${SECOND}/de-an/${draft.id}`));
  await expect(second.getByText(draft.code).first()).toBeVisible();
  const marker = `tep-hai-may-chu-${Date.now().toString(36)}`;
  const form = second.getByRole('form', { name: 'Tải lên tài liệu' }).first();
  await form.getByLabel('Loại tài liệu').selectOption({ label: 'Tài liệu khác' });
  await form.getByLabel('Tệp').setInputFiles({ name: `${marker}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${marker}\n%%EOF\n`) });
  await form.getByRole('button', { name: 'Tải lên', exact: true }).click();
  await expect(form.getByText('Đã tải lên.')).toBeVisible({ timeout: 60_000 });

  const [document] = await rows<{ id: number }>(`SELECT id FROM "Document" WHERE "fileName" = $1`, [`${marker}.pdf`]);
  expect(document).toBeDefined();
  const download = await context.request.get(`${FIRST}/api/tai-lieu/${document!.id}`);
  expect(download.status()).toBe(200);
  expect((await download.body()).toString('latin1')).toContain(marker);

  // Someone kept the cookie; the person signs out on the first instance …
  const saved = await context.storageState();
  await first.getByRole('button', { name: 'Đăng xuất' }).first().click();
  await expect(first).toHaveURL(/\/dang-nhap/);
  // … and the kept cookie no longer opens the second one.
  const replay = await browser.newContext({ storageState: saved });
  const replayed = await replay.newPage();
  await replayed.goto(`${SECOND}/de-an/${draft.id}`);
  await expect(replayed).toHaveURL(/\/dang-nhap/);
  expect((await replay.request.get(`${SECOND}/api/tai-lieu/${document!.id}`)).status()).toBe(401);
  await replay.close();
  await context.close();
});

test('with a job worker in each instance, each scheduled tick runs once', async () => {
  test.setTimeout(240_000);
  // "mail-deliver" is scheduled every minute and both workers watch the schedule. pg-boss turns each
  // cron tick into one "__pgboss__send-it" job, a singleton of its minute, and that job then sends
  // "mail-deliver" itself a little later — so one clock minute may hold the jobs of two ticks. A tick
  // run twice shows as more "mail-deliver" jobs than ticks. Wait for at least two ticks since the servers started.
  const ticksAndJobs = async () =>
    (
      await rows<{ ticks: number; jobs: number; runs: number }>(
        `SELECT (SELECT count(*)::int FROM pgboss.job WHERE name = '__pgboss__send-it' AND data->>'name' = 'mail-deliver' AND state = 'completed') AS ticks,
                (SELECT count(*)::int FROM pgboss.job WHERE name = 'mail-deliver') AS jobs,
                (SELECT count(*)::int FROM "JobRun" WHERE job = 'mail-deliver') AS runs`,
      )
    )[0]!;
  await expect.poll(async () => (await ticksAndJobs()).ticks, { timeout: 200_000, intervals: [5_000] }).toBeGreaterThanOrEqual(2);
  const sharedTicks = await rows<{ minute: string; n: number }>(
    `SELECT singleton_on::text AS minute, count(*)::int AS n FROM pgboss.job WHERE name = '__pgboss__send-it' AND data->>'name' = 'mail-deliver' GROUP BY 1 HAVING count(*) > 1`,
  );
  expect(sharedTicks, 'a minute sent as a tick more than once').toEqual([]);
  // Each tick made one job, and each job ran once (a run records itself first); the last tick's job
  // may still be on its way, hence the wait.
  await expect
    .poll(
      async () => {
        const { ticks, jobs, runs } = await ticksAndJobs();
        return { jobsBeyondTicks: jobs - ticks, runsBeyondJobs: runs - jobs };
      },
      { timeout: 60_000 },
    )
    .toEqual({ jobsBeyondTicks: 0, runsBeyondJobs: 0 });
});

test('both instances and their job workers connect as the application role, which cannot empty the audit log', async ({ request }) => {
  // scripts/test.mjs starts the servers as `npm start` does: migrations as the owner, the portal as
  // the role that owns nothing (docs/decisions/0043-least-privilege-database-role.md).
  const sessions = async () => {
    // The public page reads the database: each instance opens (or reuses) a pooled session.
    for (const base of [FIRST, SECOND]) expect((await request.get(`${base}/cong-khai`)).status()).toBe(200);
    return rows<{ usename: string; application_name: string }>(
      `SELECT DISTINCT usename::text, application_name FROM pg_stat_activity
        WHERE datname = current_database() AND application_name IN ('khuyencong-portal', 'khuyencong-jobs') ORDER BY 1, 2`,
    );
  };
  await expect.poll(async () => [...new Set((await sessions()).map((s) => s.application_name))].sort(), { timeout: 60_000 }).toEqual(['khuyencong-jobs', 'khuyencong-portal']);
  expect(new Set((await sessions()).map((s) => s.usename))).toEqual(new Set(['khuyencong_app']));

  const app = new pg.Client({ connectionString: process.env.E2E_APP_DATABASE_URL });
  await app.connect();
  try {
    await expect(app.query(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/permission denied for table AuditEvent/);
    const [owned] = (await app.query(`SELECT count(*)::int AS n FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)`)).rows;
    expect(owned.n).toBe(0);
  } finally {
    await app.end();
  }
});
