import 'server-only';
import { adminUnitName } from '@/lib/domain/labels';
import { REPORT_SENT_STATES } from '@/lib/domain/lifecycle/report';
import { daysLate, DEFAULT_REPORT_DUE_DAYS, REPORT_DUE_DAYS_PARAMETER, reportDueOn } from '@/lib/domain/reports-periodic';
import type { Actor } from '@/lib/domain/roles';
import type { PeriodicReportOpenInput } from '@/lib/schemas/report';
import { assertCan } from '../../authz';
import { now } from '../../clock';
import { db } from '../../db';
import { AppError } from '../../errors';
import { findParameter } from '../../norms/find-parameter';
import { adminUnitLabel } from '../../admin-unit-label';

/**
 * Who has not reported for a period: every UBND xã of the province without a sent (or accepted)
 * report, with the due date and how many days late it is today. A returned report does not count
 * as delivered until it is sent again.
 */
export async function findMissingReports(actor: Actor, input: PeriodicReportOpenInput, today: Date = now()) {
  assertCan(actor, 'report:review');
  if (actor.provinceId === null) throw new AppError('FORBIDDEN', 'Chỉ cán bộ của tỉnh theo dõi được báo cáo của xã.');
  const parameter = await findParameter(db, REPORT_DUE_DAYS_PARAMETER, actor.provinceId, today);
  const dueDays = parameter && /^\d+$/.test(parameter.value) ? Number(parameter.value) : DEFAULT_REPORT_DUE_DAYS;
  const dueOn = reportDueOn(input.kind, input.year, input.period, dueDays);
  const units = await db.organization.findMany({
    where: { provinceId: actor.provinceId, kind: 'UBND_XA' },
    orderBy: { name: 'asc' },
    select: {
      id: true,
      name: true,
      adminUnit: adminUnitLabel,
    },
  });
  const reports = await db.periodicReport.findMany({
    where: { provinceId: actor.provinceId, kind: input.kind, year: input.year, period: input.period, projectId: null, organizationId: { in: units.map((u) => u.id) } },
    select: { id: true, organizationId: true, status: true, submittedAt: true },
  });
  const late = daysLate(dueOn, today);
  const rows = units.map((u) => {
    const report = reports.find((r) => r.organizationId === u.id) ?? null;
    const sent = report !== null && REPORT_SENT_STATES.includes(report.status);
    return { organizationId: u.id, name: u.adminUnit ? adminUnitName(u.adminUnit) : u.name, report, sent, daysLate: sent ? 0 : late };
  });
  return { dueOn, dueDays, today, missing: rows.filter((r) => !r.sent), delivered: rows.filter((r) => r.sent) };
}
