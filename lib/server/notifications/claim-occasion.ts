import 'server-only';
import { Prisma } from '@/prisma/generated/client/client';
import type { Tx } from '../db';

/**
 * Claims (occasion, user) rows and returns the users this call claimed: INSERT … ON CONFLICT DO
 * NOTHING, so a second run — or a concurrent one in another worker, which waits on the primary key
 * until the first commits — claims nobody. Use inside the transaction that does the work.
 */
export async function claimOccasion(tx: Tx, occasion: string, userIds: number[], now: Date): Promise<number[]> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return [];
  const claimed = await tx.$queryRaw<{ userId: number }[]>(Prisma.sql`
    INSERT INTO "SentReminder" ("occasion", "userId", "sentAt")
    SELECT ${occasion}, u, ${now} FROM unnest(${unique}::int[]) AS u
    ON CONFLICT DO NOTHING
    RETURNING "userId"`);
  return claimed.map((r) => r.userId);
}
