import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/prisma/generated/client/client';
import { env } from './env';

// Only lib/server/** imports this. One client per process (kept on globalThis across dev reloads).
const globalForDb = globalThis as unknown as { prisma?: PrismaClient; prismaRead?: PrismaClient };

function createClient(connectionString: string): PrismaClient {
  // The name tells the portal's sessions apart in pg_stat_activity (and proves which role they use).
  const adapter = new PrismaPg({ connectionString, max: env().DATABASE_POOL_SIZE, application_name: 'khuyencong-portal' });
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
