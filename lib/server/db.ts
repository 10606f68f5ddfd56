import 'server-only';
import { createHash } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/prisma/generated/client/client';
import { env } from './env';

// Only lib/server/** imports this. One client per process (kept on globalThis across dev reloads).
const globalForDb = globalThis as unknown as { prisma?: PrismaClient; prismaRead?: PrismaClient };

/** Longer parameter lists (an `IN` over many ids) are one-off shapes, not worth keeping on a connection. */
const MAX_KEPT_STATEMENT_PARAMETERS = 32;

/**
 * The name under which a connection keeps a statement prepared: one per SQL text. Prisma sends every
 * statement unnamed, so PostgreSQL planned each one on every execution — on the đề án page planning
 * took more of the database's time than running (the scoped đề án read: ~0.9 ms planned, ~0.3 ms run).
 * A named statement is parsed once per connection, and after a few executions PostgreSQL keeps its
 * generic plan when that plan is estimated no worse than the custom ones (its plan cache).
 */
export function preparedStatementName(query: { sql: string; args: readonly unknown[] }): string {
  // '' is the protocol's unnamed statement: parsed and planned for this execution only.
  if (query.args.length > MAX_KEPT_STATEMENT_PARAMETERS) return '';
  return `kc_${createHash('sha1').update(query.sql).digest('base64url')}`;
}

function createClient(connectionString: string): PrismaClient {
  // The name tells the portal's sessions apart in pg_stat_activity (and proves which role they use).
  const adapter = new PrismaPg(
    { connectionString, max: env().DATABASE_POOL_SIZE, application_name: 'khuyencong-portal' },
    env().DATABASE_STATEMENT_CACHE ? { statementNameGenerator: preparedStatementName } : {},
  );
  // One place for transaction limits: Prisma's 5 s default fails on a busy 2-core machine.
  const transactionOptions = { maxWait: env().DB_TX_MAX_WAIT_MS, timeout: env().DB_TX_TIMEOUT_MS };
  if (!env().DB_LOG_QUERIES) return new PrismaClient({ adapter, transactionOptions });
  const client = new PrismaClient({ adapter, transactionOptions, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (e) => console.log(`[sql] ${e.duration} ms ${e.query.replace(/\s+/g, ' ')}`));
  return client;
}

export const db: PrismaClient = globalForDb.prisma ?? createClient(env().DATABASE_URL);
// Kept across hot reloads in development only; tests give each file a fresh database and client.
if (env().NODE_ENV === 'development') globalForDb.prisma = db;

/**
 * Reads that may be served by a read-only replica (DATABASE_READ_URL): the đề án list and search,
 * exports and the reports — the heavy reads of a national deployment. The primary when unset.
 * Never used for a read that decides a write (those run inside the write's transaction on `db`).
 */
const readUrl = env().DATABASE_READ_URL;
export const dbRead: PrismaClient = readUrl ? (globalForDb.prismaRead ?? createClient(readUrl)) : db;
if (readUrl && env().NODE_ENV === 'development') globalForDb.prismaRead = dbRead;

export type Db = PrismaClient;
/** A transaction client, as handed to `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
