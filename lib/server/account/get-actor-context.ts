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

export async function getActorContext(actor: Actor): Promise<ActorContext> {
  const [province, unit, facility, unread] = await Promise.all([
    actor.provinceId ? db.province.findUnique({ where: { id: actor.provinceId }, select: { name: true } }) : null,
    actor.adminUnitId ? db.adminUnit.findUnique({ where: { id: actor.adminUnitId }, select: { type: true, name: true } }) : null,
    actor.facilityId ? db.facility.findUnique({ where: { id: actor.facilityId }, select: { name: true } }) : null,
    db.notification.count({ where: { userId: actor.id, readAt: null } }),
  ]);
  const scopeLabel = facility?.name ?? (unit ? `${UNIT_TYPE_WORD[unit.type]} ${unit.name}` : (province?.name ?? 'Toàn quốc'));
  return { provinceName: province?.name ?? null, scopeLabel, unreadNotifications: unread };
}
