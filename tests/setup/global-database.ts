// Once per integration run: start (or reach) PostgreSQL, build a migrated template database and
// hand its URL to the workers, which clone it (tests/setup/worker-database.ts).
import type { TestProject } from 'vitest/node';
import pg from 'pg';
// @ts-expect-error — plain ESM script shared with the launcher, no type declarations.
import { ensureDatabase } from '../../scripts/lib/database.mjs';
// @ts-expect-error — idem.
import { migrate } from '../../scripts/lib/run.mjs';

export const TEMPLATE_DB = 'kc_test_template';

let stop: (() => Promise<void>) | undefined;

export default async function setup(project: TestProject) {
  const server = await ensureDatabase({ database: 'postgres' });
  stop = server.stop;
  const adminUrl: string = server.url;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await client.end();
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${TEMPLATE_DB}`;
  await migrate(templateUrl.toString());
  project.provide('adminDatabaseUrl', adminUrl);
  return async () => {
    await stop?.();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}
