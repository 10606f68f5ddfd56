// PostgreSQL driver adapter factory for the wasm schema engine, built on @prisma/adapter-pg.
//
// The engine reaches databases only through a "migration-aware" adapter factory: connect() for the
// main database, connectToShadowDb() whenever it needs a scratch database (migrate dev, diffs from a
// migrations directory). adapter-pg's own factory does not do that job as the native engine would:
//  - queryRaw rejects columns of PostgreSQL's internal one-byte "char" type (OID 18), which the
//    engine's catalog queries select (pg_class.relkind, pg_constraint.contype, …): read them as text;
//  - executeScript splits the script at every ';', which breaks dollar-quoted bodies (DO $$ … $$,
//    CREATE FUNCTION) and literals containing ';': send the whole script as one simple query, as the
//    native engine does (PostgreSQL runs it as one implicit transaction);
//  - connectToShadowDb ignores a configured shadow database URL, drops its temporary database while
//    the pool on it is still connected, and never closes the pool it used to create it.
// The first two reach into adapter-pg internals (performIO, onError): patch() checks that they are
// still there, so that an upgrade which renames them fails loudly instead of silently.
import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from '@prisma/driver-adapter-utils';

const CHAR_OID = 18;
const TEXT_OID = 25;

/** Applies the "char" and executeScript corrections to an adapter-pg adapter or transaction. */
function patch(queryable) {
  for (const method of ['performIO', 'onError']) {
    if (typeof queryable[method] !== 'function') {
      throw new Error(`@prisma/adapter-pg lost ${method}(): update scripts/prisma-schema-engine/adapter.mjs`);
    }
  }
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    return result;
  };
  if (queryable.startTransaction) {
    const startTransaction = queryable.startTransaction.bind(queryable);
    queryable.startTransaction = async (...args) => patch(await startTransaction(...args));
    queryable.executeScript = async (script) => {
      try {
        await queryable.underlyingDriver().query(script);
      } catch (error) {
        queryable.onError(error); // rethrows as a DriverAdapterError the engine understands
      }
    };
  }
  return queryable;
}

/** Opens a pool on `url` (its own pool: dispose() closes it). Honours Prisma's `?schema=` parameter. */
async function connect(url) {
  const schema = new URL(url).searchParams.get('schema') ?? undefined;
  const config = { connectionString: url, ...(schema && { options: `-c search_path=${schema}` }) };
  return patch(await new PrismaPg(config, { schema }).connect());
}

const NO_URL = 'No datasource URL: set datasource.url in prisma.config.ts (DATABASE_URL).';

/** Stands in for the main database when prisma.config.ts gives no URL: every query fails with NO_URL. */
function unconfiguredAdapter() {
  const fail = async () => {
    throw new Error(NO_URL);
  };
  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    queryRaw: fail,
    executeRaw: fail,
    executeScript: fail,
    startTransaction: fail,
    dispose: async () => {},
  };
}

/**
 * The wasm engine probes the main database while starting (version, whether the schema exists),
 * where the native engine connects only once a command needs the database. When that probe fails,
 * answer it with neutral defaults, so that commands needing no database (`migrate diff` between
 * schema files) still work; the others then fail on their own first query, with the real error.
 */
function tolerateFailedProbe(adapter) {
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query) => {
    try {
      return await queryRaw(query);
    } catch (error) {
      if (!query.sql.includes("current_setting('server_version_num')")) throw error;
      return {
        columnNames: ['exists', 'version', 'numeric_version'],
        columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
        rows: [[true, 'PostgreSQL', 0]], // 0: version unknown
      };
    }
  };
  return adapter;
}

/** host:port/database?schema — enough to tell whether two URLs name the same database. */
function databaseKey(url) {
  const { hostname, port, pathname, searchParams } = new URL(url);
  return `${hostname || 'localhost'}:${port || 5432}${pathname}?${searchParams.get('schema') ?? 'public'}`;
}

/**
 * The adapter factory handed to SchemaEngine.new(), wrapped by driver-adapter-utils so that thrown
 * errors reach the engine as Result values.
 * @param {{ url?: string, shadowDatabaseUrl?: string }} datasource as given by prisma.config.ts
 */
export function createAdapterFactory({ url, shadowDatabaseUrl }) {
  return bindMigrationAwareSqlAdapterFactory({
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',

    async connect() {
      return tolerateFailedProbe(url ? await connect(url) : unconfiguredAdapter());
    },

    async connectToShadowDb() {
      if (!url) throw new Error(NO_URL);
      if (shadowDatabaseUrl) {
        if (databaseKey(shadowDatabaseUrl) === databaseKey(url)) {
          throw new Error('The shadow database URL names the main database: give a separate, disposable one.');
        }
        // The native engine soft-resets a configured shadow database before each use; the wasm engine
        // does not, and replaying migrations onto leftovers fails ("type … already exists").
        const shadow = await connect(shadowDatabaseUrl);
        const schema = new URL(shadowDatabaseUrl).searchParams.get('schema') ?? 'public';
        await shadow.executeScript(`DO $$ DECLARE s name; BEGIN
          FOR s IN SELECT nspname FROM pg_namespace WHERE nspname !~ '^pg_' AND nspname <> 'information_schema' LOOP
            EXECUTE format('DROP SCHEMA %I CASCADE', s);
          END LOOP;
          EXECUTE format('CREATE SCHEMA %I', ${pg.escapeLiteral(schema)});
        END $$`);
        return shadow;
      }
      // No shadow database configured: like the native engine, create a throw-away one on the main
      // server (needs the CREATEDB privilege) and drop it when the engine is done with it.
      const admin = await connect(url);
      const name = `prisma_migrate_shadow_db_${randomUUID()}`;
      try {
        await admin.executeScript(`CREATE DATABASE "${name}"`);
      } catch (error) {
        await admin.dispose();
        throw error;
      }
      const shadowUrl = new URL(url);
      shadowUrl.pathname = `/${name}`;
      const shadow = await connect(shadowUrl.href);
      const closeShadowPool = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await closeShadowPool(); // first: PostgreSQL refuses to drop a database that still has sessions
        try {
          await admin.executeScript(`DROP DATABASE IF EXISTS "${name}"`);
        } finally {
          await admin.dispose();
        }
      };
      return shadow;
    },
  });
}
