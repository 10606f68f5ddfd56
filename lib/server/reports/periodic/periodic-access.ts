import 'server-only';
import type { Prisma } from '@/prisma/generated/client/client';
import { can } from '@/lib/domain/permissions';
import type { Actor } from '@/lib/domain/roles';
import type { Tx } from '../../db';
import { AppError } from '../../errors';

const PROVINCE_WIDE = new Set(['SYSTEM_ADMIN', 'SCT_LEADER', 'TTKC_STAFF', 'STC_OFFICER']);

/** Which periodic reports an actor may see: province staff all of the province; a xã officer the xã's own. */
export function periodicReportScope(actor: Actor): Prisma.PeriodicReportWhereInput {
  if (PROVINCE_WIDE.has(actor.role)) return { provinceId: actor.provinceId ?? -1 };
  if (actor.role === 'XA_OFFICER') return { provinceId: actor.provinceId ?? -1, adminUnitId: actor.adminUnitId ?? -1 };
  return { id: -1 };
}

/**
 * The organisation that files the actor's reports: its own, or for a xã officer without one, the
 * UBND of its xã. A xã's report is the UBND xã's, whoever of its officers writes it.
 */
export async function reportingOrganization(tx: Tx, actor: Actor): Promise<{ organizationId: number; adminUnitId: number | null; provinceId: number }> {
  if (!can(actor, 'report:submit') || actor.provinceId === null) throw new AppError('FORBIDDEN', 'Bạn không lập báo cáo định kỳ.');
  if (actor.role === 'XA_OFFICER') {
    const ubnd = await tx.organization.findFirst({ where: { provinceId: actor.provinceId, kind: 'UBND_XA', adminUnitId: actor.adminUnitId ?? -1 }, select: { id: true } });
    const organizationId = actor.organizationId ?? ubnd?.id;
    if (!organizationId) throw new AppError('VALIDATION', 'Xã chưa có UBND trong danh mục cơ quan; hãy báo quản trị hệ thống.');
    return { organizationId, adminUnitId: actor.adminUnitId, provinceId: actor.provinceId };
  }
  if (!actor.organizationId) throw new AppError('FORBIDDEN', 'Tài khoản chưa gắn với cơ quan, đơn vị nào.');
  return { organizationId: actor.organizationId, adminUnitId: null, provinceId: actor.provinceId };
}

/** Loads a report through the actor's scope; out of scope is not found. */
export async function loadPeriodicReport(tx: Tx, actor: Actor, id: number) {
  const report = await tx.periodicReport.findFirst({ where: { AND: [{ id }, periodicReportScope(actor)] } });
  if (!report) throw new AppError('NOT_FOUND', 'Không tìm thấy báo cáo.');
  return report;
}

/**
 * A report of the actor's own unit, for its author's steps: `doing` completes "Chỉ đơn vị lập báo cáo
 * mới … được báo cáo" (sửa, gửi, rút lại) when the report is another unit's.
 */
export async function loadOwnPeriodicReport(tx: Tx, actor: Actor, id: number, doing: string) {
  const report = await loadPeriodicReport(tx, actor, id);
  const owner = await reportingOrganization(tx, actor);
  if (report.organizationId !== owner.organizationId) throw new AppError('FORBIDDEN', `Chỉ đơn vị lập báo cáo mới ${doing} được báo cáo.`);
  return report;
}
