// Schema drift check that no engine has to introspect: prisma/schema.prisma and prisma/migrations
// must build the same database. Prisma writes the schema's SQL from nothing (`migrate diff
// --from-empty --to-schema`, which reads no database), that SQL builds one scratch database, the
// migration files build another, and the two are compared from PostgreSQL's own catalogs — tables,
// columns (type, nullability, default), enums, foreign keys and the indexes the schema declares.
// Objects only a migration can write (CHECK and EXCLUDE constraints, triggers, functions, partial,
// INCLUDE or expression indexes, extra indexes) are additions the schema cannot describe and are
// allowed; everything the schema declares must come out of the migrations exactly.
// Used by tests/integration/schema-drift.test.ts on every `npm test`. See docs/decisions/0034, 0047.
//
// Why not `prisma migrate diff --from-migrations --to-schema`: the wasm schema engine (0001) panics
// ("RuntimeError: unreachable") describing the replayed migrations — on PostgreSQL 18 and, since the
// integrity migration's constraints, on 15 too — and the CLI then exited 0 or 1 at random: the old
// check passed without comparing anything.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT, withClient } from './database.mjs';

/** The SQL that builds prisma/schema.prisma on an empty database (no database is read). */
async function schemaScript(schemaPath) {
  const args = ['migrate', 'diff', '--from-empty', '--to-schema', schemaPath, '--script'];
  const { stdout } = await promisify(execFile)(path.join(ROOT, 'node_modules', '.bin', 'prisma'), args, {
    cwd: ROOT,
    env: { ...process.env, CHECKPOINT_DISABLE: '1' },
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}

function migrationScripts() {
  const dir = path.join(ROOT, 'prisma', 'migrations');
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((name) => ({ name, sql: readFileSync(path.join(dir, name, 'migration.sql'), 'utf8') }));
}

// One row per fact; the two databases must have the same set. Names are compared as written.
const CATALOG = {
  column: `SELECT c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                  || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
                  || COALESCE(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '') AS fact
             FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
             LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped`,
  enum: `SELECT t.typname || ' (' || string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) || ')' AS fact
           FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
          WHERE n.nspname = 'public' GROUP BY t.typname`,
  'foreign key': `SELECT c.conname || ' ' || pg_get_constraintdef(c.oid) AS fact
                    FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
                   WHERE n.nspname = 'public' AND c.contype = 'f'`,
  // Key columns only (indnkeyatts): a migration may add INCLUDE columns, a predicate or NULLS NOT DISTINCT.
  index: `SELECT i.relname || ' ON ' || t.relname || CASE WHEN x.indisunique THEN ' UNIQUE' ELSE '' END || ' ('
                 || (SELECT string_agg(COALESCE(a.attname, 'expr') || CASE WHEN (x.indoption[k.i] & 1) = 1 THEN ' DESC' ELSE '' END, ', ' ORDER BY k.i)
                       FROM generate_series(0, x.indnkeyatts - 1) AS k(i)
                       LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[k.i]
                     ) || ')' AS fact
            FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
           WHERE n.nspname = 'public'`,
};

async function describeDatabase(url) {
  return withClient(url, async (client) => {
    const facts = {};
    for (const [kind, sql] of Object.entries(CATALOG)) facts[kind] = new Set((await client.query(sql)).rows.map((r) => r.fact));
    return facts;
  });
}

/**
 * Builds the schema's database and the migrations' database as scratch databases on the server of
 * `adminUrl` (a role that may create databases and the extensions the migrations need), compares
 * them and drops them (`schemaPath`: another schema file, for the check's own test). Resolves to { drift: false, script: '' }, or { drift: true, script } where
 * script lists every difference, one per line.
 */
export async function checkSchemaDrift(adminUrl, { schemaPath = 'prisma/schema.prisma' } = {}) {
  const suffix = randomBytes(4).toString('hex');
  const names = { schema: `kc_drift_schema_${suffix}`, migrations: `kc_drift_migrations_${suffix}` };
  const urlOf = (db) => Object.assign(new URL(adminUrl), { pathname: `/${db}` }).toString();
  const script = await schemaScript(schemaPath);
  await withClient(adminUrl, async (admin) => {
    for (const db of Object.values(names)) await admin.query(`CREATE DATABASE ${db}`);
  });
  try {
    // The schema names operator classes of extensions (pg_trgm …) it cannot create: the migrations'.
    const extensions = [...new Set(migrationScripts().flatMap((m) => [...m.sql.matchAll(/CREATE EXTENSION IF NOT EXISTS (\w+)/gi)].map((x) => x[1])))];
    await withClient(urlOf(names.schema), async (client) => {
      for (const extension of extensions) await client.query(`CREATE EXTENSION IF NOT EXISTS ${extension}`);
      await client.query(script);
    });
    await withClient(urlOf(names.migrations), async (client) => {
      for (const m of migrationScripts()) {
        try {
          await client.query(m.sql);
        } catch (error) {
          throw new Error(`migration ${m.name} failed on a fresh database: ${error.message}`);
        }
      }
    });
    const [fromSchema, fromMigrations] = await Promise.all([describeDatabase(urlOf(names.schema)), describeDatabase(urlOf(names.migrations))]);
    const differences = [];
    for (const kind of Object.keys(CATALOG)) {
      for (const fact of fromSchema[kind]) if (!fromMigrations[kind].has(fact)) differences.push(`the schema has ${kind} ${fact}, the migrations do not`);
      // Extra indexes and unique keys are what migrations alone can declare (see above); every other extra is drift.
      if (kind === 'index') continue;
      for (const fact of fromMigrations[kind]) if (!fromSchema[kind].has(fact)) differences.push(`the migrations have ${kind} ${fact}, the schema does not`);
    }
    return { drift: differences.length > 0, script: differences.sort().join('\n') };
  } finally {
    await withClient(adminUrl, async (admin) => {
      for (const db of Object.values(names)) await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    });
  }
}

/**
 * A PostgreSQL server the wasm engine can describe, for the stand-in engine's own fixture test
 * (prisma-schema-engine.test.ts): its 8.1.0-2 build panics ("unreachable") reading PostgreSQL 18
 * catalogs, which is the embedded server; so that test runs on SCHEMA_DRIFT_DATABASE_URL, by default
 * the machine's own server (Debian's PostgreSQL 15). A missing or too new server is an error, never a
 * skipped check.
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
