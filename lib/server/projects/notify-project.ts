import 'server-only';
import type { Tx } from '../db';
import { notifyUsers, type NotificationInput } from '../notifications/notify';

export type ProjectAudience = 'sct' | 'ttkc' | 'xa' | 'beneficiaries';

/** Tells the people concerned by a đề án, in the caller's transaction. */
export async function notifyProject(
  tx: Tx,
  project: { id: number; provinceId: number; adminUnitId: number | null; beneficiaries: { facilityId: number }[] },
  audience: readonly ProjectAudience[],
  input: Omit<NotificationInput, 'link'> & { link?: string },
): Promise<void> {
  const or = [];
  if (audience.includes('sct')) or.push({ role: 'SCT_LEADER' as const });
  if (audience.includes('ttkc')) or.push({ role: 'TTKC_STAFF' as const });
  if (audience.includes('xa') && project.adminUnitId) or.push({ role: 'XA_OFFICER' as const, adminUnitId: project.adminUnitId });
  if (audience.includes('beneficiaries') && project.beneficiaries.length) {
    or.push({ role: 'BENEFICIARY' as const, facilityId: { in: project.beneficiaries.map((b) => b.facilityId) } });
  }
  // Stryker disable next-line ConditionalExpression: an empty OR finds nobody anyway; the early return only saves the query
  if (or.length === 0) return;
  const users = await tx.user.findMany({ where: { provinceId: project.provinceId, isActive: true, OR: or }, select: { id: true } });
  await notifyUsers(
    tx,
    users.map((u) => u.id),
    { ...input, link: input.link ?? `/de-an/${project.id}` },
  );
}
