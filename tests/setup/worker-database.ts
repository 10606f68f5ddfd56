// Before each integration test file: a fresh database cloned from the migrated template, and
// DATABASE_URL pointing at it before any app module opens a connection; upload folders of its own.
// The name is unique per file (VITEST_POOL_ID is not: with several Vitest projects, two concurrent
// files can share one).
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, inject } from 'vitest';
import { TEST_CLOCK_DEFAULT } from './test-clock';
import { adminSql } from './admin-sql';

const adminUrl = inject('adminDatabaseUrl');
const runId = inject('testRunId');
const name = `${runId}_f${randomBytes(6).toString('hex')}`;

const admin = (sql: string) => adminSql(adminUrl, sql);

await admin(`CREATE DATABASE ${name} TEMPLATE ${runId}_template`);
afterAll(() => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));

const url = new URL(adminUrl);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();
// The same database as the application role the running portal connects as (tests that prove what
// that role may and may not do, or run the app's code under it, switch DATABASE_URL to this).
const appUrl = new URL(inject('appTemplateDatabaseUrl'));
appUrl.pathname = `/${name}`;
process.env.TEST_APP_DATABASE_URL = appUrl.toString();
process.env.NEXTAUTH_SECRET ??= 'integration-tests-secret-0123456789';
// Tests never read the real date: the server's clock (lib/server/clock.ts) is fixed, and tests derive
// years and deadlines from it (tests/factories/clock.ts). Set CLOCK_FIXED_AT outside to move it, e.g.
// CLOCK_FIXED_AT=2031-01-01T09:00:00+07:00 npm run test:integration — the suite must stay green.
process.env.CLOCK_FIXED_AT ??= TEST_CLOCK_DEFAULT;
// Uploaded files go to this file's own temporary folders, never into the portal's .data (a file may
// point UPLOAD_DIR elsewhere in its own vi.hoisted, which runs after this).
const uploads = path.join(tmpdir(), `kc-uploads-${name}`);
process.env.UPLOAD_DIR = path.join(uploads, 'uploads');
process.env.UPLOAD_TRASH_DIR = path.join(uploads, 'deleted');
afterAll(() => rm(uploads, { recursive: true, force: true }));
