// Schema drift check without introspecting a live database: Prisma replays prisma/migrations on a
// throw-away shadow database and compares the result with prisma/schema.prisma. An empty diff means
// the migrations build exactly the schema the client is generated from. Used by scripts/test.mjs on
// every `npm test` and by tests/integration/schema-drift.test.ts. See docs/decisions/0034.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './database.mjs';

/**
 * Runs `prisma migrate diff --from-migrations prisma/migrations --to-schema prisma/schema.prisma
 * --script --exit-code` against the server of `serverUrl` (its shadow database is created and dropped
 * there by scripts/prisma-schema-engine.mjs). Resolves to { drift: false } when the diff is empty,
 * { drift: true, script } when not; rejects when Prisma fails.
 */
export async function checkSchemaDrift(serverUrl, attempts = 3) {
  // The wasm engine now and then panics ("RuntimeError: unreachable") describing the shadow database
  // on a busy machine, and succeeds on the next try: a failure of Prisma (not a drift) is retried.
  for (let attempt = 1; ; attempt++) {
    try {
      return await diffOnce(serverUrl);
    } catch (error) {
      if (attempt >= attempts) throw error;
      console.warn(`[schema-drift] ${error.message.split('\n')[0]} — retrying (${attempt}/${attempts - 1})`);
    }
  }
}

async function diffOnce(serverUrl) {
  const args = ['migrate', 'diff', '--from-migrations', 'prisma/migrations', '--to-schema', 'prisma/schema.prisma', '--script', '--exit-code'];
  try {
    await promisify(execFile)(path.join(ROOT, 'node_modules', '.bin', 'prisma'), args, {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: serverUrl, CHECKPOINT_DISABLE: '1' },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { drift: false, script: '' };
  } catch (error) {
    // --exit-code: 2 = the diff is not empty (its SQL on stdout), 1 = Prisma failed.
    if (error.code === 2) return { drift: true, script: error.stdout };
    throw new Error(`prisma migrate diff failed (${error.code}): ${error.stderr || error.message}`);
  }
}

/**
 * A PostgreSQL server the wasm schema engine can describe. Its 8.1.0-2 build panics ("unreachable")
 * reading PostgreSQL 18 catalogs, which is the embedded server; so the check runs on
 * SCHEMA_DRIFT_DATABASE_URL, by default the machine's own server (Debian's PostgreSQL 15). A missing
 * or too new server is an error, never a skipped check.
 */
export async function introspectableServerUrl() {
  const url = process.env.SCHEMA_DRIFT_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `Schema drift check: no PostgreSQL at ${new URL(url).host} (${error.message}). Set SCHEMA_DRIFT_DATABASE_URL to a PostgreSQL ≤ 17 server where this user may create databases.`,
    );
  }
  try {
    const { rows } = await client.query('SHOW server_version_num');
    const version = Number(rows[0].server_version_num);
    if (version >= 180000) {
      throw new Error(`Schema drift check: ${new URL(url).host} runs PostgreSQL ${Math.floor(version / 10000)}, which the wasm schema engine cannot describe. Point SCHEMA_DRIFT_DATABASE_URL at a PostgreSQL ≤ 17 server.`);
    }
    return url;
  } finally {
    await client.end();
  }
}
