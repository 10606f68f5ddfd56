// The real Prisma CLI, running its migrations through scripts/prisma-schema-engine.mjs (the offline
// stand-in for the native schema engine, docs/decisions/0001-prisma-schema-engine-offline.md),
// against a throw-away database created on the server of TEST_ADMIN_DATABASE_URL (else the suite's
// server when tests/vitest.config.ts runs this file, else the local development server).
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
// @ts-expect-error — plain ESM script shared with the launcher, no type declarations.
import { introspectableServerUrl } from '../../scripts/lib/schema-drift.mjs';
import { adminSql } from '../setup/admin-sql';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = `${root}tests/integration/fixtures/prisma-engine`;
const adminUrl =
  process.env.TEST_ADMIN_DATABASE_URL ?? inject('adminDatabaseUrl') ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const database = `prisma_engine_test_${randomUUID().replaceAll('-', '')}`;
const databaseUrl = Object.assign(new URL(adminUrl), { pathname: `/${database}` }).href;

/** Runs the Prisma CLI on the fixture (against `url`); rejects when it exits non-zero. */
async function prismaOn(url: string, ...args: string[]) {
  const { stdout } = await promisify(execFile)(
    `${root}node_modules/.bin/prisma`,
    [...args, '--config', `${fixture}/prisma.config.ts`],
    {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: url,
        PRISMA_SCHEMA_ENGINE_BINARY: `${root}scripts/prisma-schema-engine.mjs`,
        CHECKPOINT_DISABLE: '1', // no update check: there is no internet
      },
    },
  );
  return stdout;
}

const prisma = (...args: string[]) => prismaOn(databaseUrl, ...args);

describe('Prisma CLI through the wasm schema engine stand-in', () => {
  beforeAll(async () => {
    await adminSql(adminUrl, `CREATE DATABASE "${database}"`);
  });

  afterAll(async () => {
    await adminSql(adminUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  });

  it('migrate deploy applies the migrations to an empty database, then has nothing to apply', async () => {
    expect(await prisma('migrate', 'deploy')).toContain('All migrations have been successfully applied.');

    const applied = await adminSql(databaseUrl, 'SELECT migration_name, finished_at FROM _prisma_migrations');
    expect(applied.rows).toEqual([{ migration_name: '20260101000000_init', finished_at: expect.any(Date) }]);
    const tables = await adminSql(databaseUrl, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    expect(tables.rows.map((row) => row.tablename)).toEqual(['Member', 'Team', '_prisma_migrations']);
    // The migration's hand-written DO block ran whole, its ';'s notwithstanding.
    const teams = await adminSql(databaseUrl, 'SELECT slug FROM "Team"');
    expect(teams.rows).toEqual([{ slug: 'first; team' }]);

    expect(await prisma('migrate', 'deploy')).toContain('No pending migrations to apply.');
  }, 60_000);

  it('migrate status reports the database up to date', async () => {
    expect(await prisma('migrate', 'status')).toContain('Database schema is up to date!');
  }, 30_000);

  it('introspects a migrated database without drift from the schema', async () => {
    // Introspection reads catalog columns of PostgreSQL's internal "char" type, which the pg driver
    // adapter rejects unless the stand-in maps them to text. The wasm engine 8.1.0-2 panics
    // ("unreachable") describing PostgreSQL 18 catalogs, so introspection runs on a server it can read
    // (scripts/lib/schema-drift.mjs: SCHEMA_DRIFT_DATABASE_URL, by default the machine's PostgreSQL
    // 15) — never skipped. The portal itself never introspects.
    const server = await introspectableServerUrl();
    const name = `prisma_engine_introspect_${randomUUID().replaceAll('-', '')}`;
    const url = Object.assign(new URL(server), { pathname: `/${name}` }).href;
    await adminSql(server, `CREATE DATABASE "${name}"`);
    try {
      await prismaOn(url, 'migrate', 'deploy');
      const diff = await prismaOn(url, 'migrate', 'diff', '--from-config-datasource', '--to-schema', `${fixture}/schema.prisma`, '--exit-code');
      expect(diff).toContain('No difference detected.');
    } finally {
      await adminSql(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  }, 120_000);
});
