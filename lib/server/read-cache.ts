import 'server-only';
import { createHash } from 'node:crypto';
import type { Actor } from '@/lib/domain/roles';
import { today } from './dates';
import { db, dbRead } from './db';

/**
 * A read computed once per data version and kept in the database, shared by every instance
 * (docs/decisions/0050-read-cache-by-data-version.md).
 *
 * Every committed write to a business table bumps "DataVersion" at its commit (trigger
 * kc_data_version_bump). An entry is taken only when its version equals the current one — one
 * statement, so one snapshot — hence a cached read is never older than the last committed write:
 * whatever committed before the lookup, the lookup sees the new version and misses. On a miss the
 * version is read *before* computing, so the kept figures are at least as new as their version.
 * Both are read on the connection the computation uses (`dbRead`: a replica's version goes with
 * that replica's data); the entry is written on the primary, and older versions' entries are dropped
 * (a version never comes back), as are entries an hour old (a long quiet spell keeps the table small).
 *
 * Only for reads that depend on nothing but business tables, the key and the day: not on the users,
 * notifications, mail or audit tables the trigger leaves out. `key` must hold every input of
 * `compute` (the actor's scope, the query, the day if dates matter).
 */
export async function cachedRead<T>(name: string, key: unknown, compute: () => Promise<T>): Promise<T> {
  const id = `${name}:${createHash('sha256').update(stableJson(key)).digest('base64url')}`;
  const held = decoded.get(id);
  // The entry's text is sent only when this process does not already hold it decoded.
  const [found] = await dbRead.$queryRaw<{ version: bigint | null; keptAt: string | null; payload: string | null }[]>`
    SELECT v."version", c."createdAt"::text AS "keptAt",
      CASE WHEN c."version" = ${held?.version ?? null}::bigint AND c."createdAt"::text = ${held?.keptAt ?? null}::text THEN NULL ELSE c."payload" END AS "payload"
    FROM (SELECT 1) AS one
    LEFT JOIN "DataVersion" v ON v."id" = 1
    LEFT JOIN "ReadCache" c ON c."key" = ${id} AND c."version" = v."version"`;
  if (held && found?.version === held.version && found.keptAt === held.keptAt) {
    remember(id, held); // the most recently used
    return held.value as T;
  }
  if (found?.payload != null && found.version != null && found.keptAt != null) {
    const value = deepFreeze(decodeCached(found.payload));
    remember(id, { version: found.version, keptAt: found.keptAt, value });
    return value as T;
  }
  const value = await compute();
  // No version yet (a database no business write has reached since it was created): nothing to key on.
  if (found?.version != null) await keep(id, found.version, encodeCached(value));
  return value;
}

/**
 * Entries this process has already decoded, by key: decoding a report's entry (~120 KB of JSON with
 * its whole đồng) was a tenth of the page's server CPU. It is only a copy of a database entry and is
 * used only while that very entry — same version, same time kept — is the current one, which the
 * lookup above checks on every read; so every instance still sees the last commit, and a database
 * restored under a running process (versions counted again) cannot match an entry kept before.
 * Frozen, so no reader can change what the next one gets. At most DECODED_LIMIT entries, the least
 * recently used dropped first.
 */
const DECODED_LIMIT = 48;
const decoded = new Map<string, { version: bigint; keptAt: string; value: unknown }>();

/** Holds `entry` as the most recently used (last in the map's order), dropping the least recently used beyond the limit. */
function remember(id: string, entry: { version: bigint; keptAt: string; value: unknown }): void {
  decoded.delete(id);
  decoded.set(id, entry);
  while (decoded.size > DECODED_LIMIT) decoded.delete(decoded.keys().next().value!);
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

async function keep(id: string, version: bigint, payload: string): Promise<void> {
  try {
    await db.$executeRaw`
      WITH dropped AS (DELETE FROM "ReadCache" WHERE "version" < ${version} OR "createdAt" < CURRENT_TIMESTAMP - INTERVAL '1 hour')
      INSERT INTO "ReadCache" ("key", "version", "payload") VALUES (${id}, ${version}, ${payload})
      ON CONFLICT ("key") DO UPDATE SET "version" = EXCLUDED."version", "payload" = EXCLUDED."payload", "createdAt" = CURRENT_TIMESTAMP
      WHERE "ReadCache"."version" < EXCLUDED."version"`;
  } catch (error) {
    // The figures are computed and right: a cache that cannot be written only costs the next reader time.
    console.error('read cache: could not keep an entry', error);
  }
}

/** What a read's result depends on of the actor: role and scope, never who they are. */
export function actorScopeKey(actor: Actor) {
  return { role: actor.role, province: actor.provinceId, organization: actor.organizationId, xa: actor.adminUnitId, facility: actor.facilityId };
}

/** The day, for reads whose figures depend on it (overdue, late, "this year"). */
export function dayKey(): string {
  return today().toISOString().slice(0, 10);
}

/** JSON with object keys sorted, so two equal keys hash alike whatever order they were built in. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : typeof v === 'bigint'
        ? `${v}n`
        : v,
  );
}

/**
 * JSON that keeps whole đồng (BigInt) and dates exact. Anything but plain data (a Map, a class
 * instance such as a Decimal) is refused when kept, so it cannot come back as something else.
 */
export function encodeCached(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v: unknown) {
    const raw = this[key];
    if (typeof raw === 'bigint') return { $bigint: raw.toString() };
    if (raw instanceof Date) return { $date: raw.toISOString() };
    if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
      const proto = Object.getPrototypeOf(raw);
      if (proto !== Object.prototype && proto !== null) throw new Error(`cachedRead: a ${proto?.constructor?.name ?? 'object'} cannot be kept`);
    }
    return v;
  });
}

export function decodeCached(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const keys = Object.keys(v);
      if (keys.length === 1 && keys[0] === '$bigint') return BigInt((v as { $bigint: string }).$bigint);
      if (keys.length === 1 && keys[0] === '$date') return new Date((v as { $date: string }).$date);
    }
    return v;
  });
}
