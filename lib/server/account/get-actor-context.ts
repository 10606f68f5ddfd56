import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { db } from '../db';

export interface ActorContext {
  provinceName: string | null;
  /** What the actor's scope is, in words: "Hải Phòng", "xã Nam Sách", a facility's name … */
  scopeLabel: string;
  unreadNotifications: number;
}

const UNIT_TYPE_WORD = { XA: 'xã', PHUONG: 'phường', DAC_KHU: 'đặc khu' } as const;

/**
 * What the portal's frame shows around every page: the actor's scope in words and the unread
 * notifications. One statement (every page pays for it; four Prisma queries were ~4 ms of server
 * CPU per page at 20 users, docs/decisions/0046).
 */
export async function getActorContext(actor: Actor): Promise<ActorContext> {
  const [row] = await db.$queryRaw<{ province: string | null; unitType: keyof typeof UNIT_TYPE_WORD | null; unitName: string | null; facility: string | null; unread: number }[]>`
    SELECT (SELECT p."name" FROM "Province" p WHERE p."id" = ${actor.provinceId}) AS province,
           (SELECT u."type"::text FROM "AdminUnit" u WHERE u."id" = ${actor.adminUnitId}) AS "unitType",
           (SELECT u."name" FROM "AdminUnit" u WHERE u."id" = ${actor.adminUnitId}) AS "unitName",
           (SELECT f."name" FROM "Facility" f WHERE f."id" = ${actor.facilityId}) AS facility,
           (SELECT count(*)::int FROM "Notification" n WHERE n."userId" = ${actor.id} AND n."readAt" IS NULL) AS unread`;
  const unit = row?.unitType && row.unitName ? `${UNIT_TYPE_WORD[row.unitType]} ${row.unitName}` : null;
  const scopeLabel = row?.facility ?? unit ?? row?.province ?? 'Toàn quốc';
  return { provinceName: row?.province ?? null, scopeLabel, unreadNotifications: row?.unread ?? 0 };
}
