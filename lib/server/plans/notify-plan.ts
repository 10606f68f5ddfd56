import 'server-only';
import type { Tx } from '../db';
import { notifyRoles, notifyUsersWhere, type NotificationInput } from '../notifications/notify';

// Who acts next on a yearly plan, in words the notify helpers understand.

/**
 * The active users who answer for the plans of `organizationIds`: their people, and the officers of
 * the xã in `xaUnitIds` (a UBND xã's plan is its xã's too).
 */
export function planAuthorsWhere(provinceId: number, organizationIds: number[], xaUnitIds: number[]) {
  return {
    provinceId,
    isActive: true,
    OR: [{ organizationId: { in: organizationIds } }, { role: 'XA_OFFICER' as const, adminUnitId: { in: xaUnitIds } }],
  };
}

/** The xã of each UBND xã among `organizations` (whose officers answer for its plan). */
export function xaUnitsOf(organizations: { kind: string; adminUnitId: number | null }[]): number[] {
  return organizations.flatMap((o) => (o.kind === 'UBND_XA' && o.adminUnitId ? [o.adminUnitId] : []));
}

/** The people of the organisation that wrote a plan (for a UBND xã: the officers of that xã too). */
export async function notifyPlanAuthors(
  tx: Tx,
  plan: { provinceId: number; organizationId: number; adminUnitId: number | null },
  input: NotificationInput,
): Promise<void> {
  await notifyUsersWhere(tx, planAuthorsWhere(plan.provinceId, [plan.organizationId], plan.adminUnitId ? [plan.adminUnitId] : []), input);
}

/** Reviewers of the plans: the Trung tâm Khuyến công's staff and the Sở Công Thương's leaders. */
export async function notifyPlanReviewers(tx: Tx, provinceId: number, input: NotificationInput): Promise<void> {
  await notifyUsersWhere(tx, { provinceId, isActive: true, OR: [{ role: 'SCT_LEADER' }, { role: 'TTKC_STAFF', organization: { kind: 'TTKC' } }] }, input);
}

export async function notifySctLeaders(tx: Tx, provinceId: number, input: NotificationInput): Promise<void> {
  await notifyRoles(tx, { provinceId, roles: ['SCT_LEADER'] }, input);
}

export async function notifyFinance(tx: Tx, provinceId: number, input: NotificationInput): Promise<void> {
  await notifyRoles(tx, { provinceId, roles: ['STC_OFFICER'] }, input);
}

export const roundLink = (year: number) => `/ke-hoach/${year}`;
export const planLink = (year: number, planId: number) => `/ke-hoach/${year}/don-vi/${planId}`;
