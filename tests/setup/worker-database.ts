// Before each integration test file: a fresh database cloned from the migrated template, owned by
// this worker, and DATABASE_URL pointing at it before any app module opens a connection.
import { inject } from 'vitest';
import pg from 'pg';

const adminUrl = inject('adminDatabaseUrl');
const runId = inject('testRunId');
const name = `${runId}_w${process.env.VITEST_POOL_ID ?? '0'}`;

const client = new pg.Client({ connectionString: adminUrl });
await client.connect();
await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
await client.query(`CREATE DATABASE ${name} TEMPLATE ${runId}_template`);
await client.end();

const url = new URL(adminUrl);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();
process.env.NEXTAUTH_SECRET ??= 'integration-tests-secret-0123456789';
