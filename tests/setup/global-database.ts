// Once per integration run: start (or reach) PostgreSQL, build a migrated template database and
// hand its name to the workers, which clone it (tests/setup/worker-database.ts). Names carry the
// run's pid so that several runs on one server do not collide; everything is dropped at the end.
import type { TestProject } from 'vitest/node';
// @ts-expect-error — plain ESM script shared with the launcher, no type declarations.
import { ensureDatabase } from '../../scripts/lib/database.mjs';
// @ts-expect-error — idem.
import { migrate } from '../../scripts/lib/run.mjs';
import { adminSql } from './admin-sql';

export default async function setup(project: TestProject) {
  // The application role's password is derived from the session secret (scripts/lib/app-role.mjs):
  // the template's grants here and every worker (tests/setup/worker-database.ts, and the tests that
  // migrate again, e.g. a restore) must derive it from the same one, or the last to run resets the
  // password under the others. Set before the workers start, so they inherit it.
  process.env.NEXTAUTH_SECRET ??= 'integration-tests-secret-0123456789';
  const server = await ensureDatabase({ database: 'postgres' });
  const adminUrl: string = server.url;
  const runId = `kc_test_${process.pid}`;
  const template = `${runId}_template`;
  const admin = (sql: string) => adminSql(adminUrl, sql);
  await admin(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${template}`);
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${template}`;
  // The migrations also grant the application role its rights (scripts/lib/app-role.mjs); clones keep them.
  const appTemplateUrl: string = await migrate(templateUrl.toString());
  project.provide('adminDatabaseUrl', adminUrl);
  project.provide('appTemplateDatabaseUrl', appTemplateUrl);
  project.provide('testRunId', runId);
  return async () => {
    const { rows } = await admin(`SELECT datname FROM pg_database WHERE datname LIKE '${runId}%'`);
    for (const row of rows) await admin(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
    await server.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    /** The template database as the application role (the portal's least-privilege role) sees it. */
    appTemplateDatabaseUrl: string;
    testRunId: string;
  }
}
