import 'server-only';
import { availableEvents } from '@/lib/domain/lifecycle/machine';
import { REPORT_AUTHOR_EVENTS, REPORT_EDITABLE_STATES, REPORT_LIFECYCLE } from '@/lib/domain/lifecycle/report';
import type { ReportFigures, ReportNarrative } from '@/lib/domain/reports-periodic';
import type { Actor } from '@/lib/domain/roles';
import { assertCan } from '../../authz';
import { db } from '../../db';
import { loadPeriodicReport } from './periodic-access';

/** One report with what this actor may do with it: edit, send, take back (its unit), return or accept (Sở Công Thương). */
export async function getPeriodicReport(actor: Actor, id: number) {
  assertCan(actor, 'report:read');
  const report = await loadPeriodicReport(db, actor, id);
  const [organization, adminUnit] = await Promise.all([
    db.organization.findUnique({ where: { id: report.organizationId }, select: { name: true } }),
    report.adminUnitId ? db.adminUnit.findUnique({ where: { id: report.adminUnitId }, select: { type: true, name: true } }) : null,
  ]);
  const own = report.organizationId === actor.organizationId || (actor.role === 'XA_OFFICER' && report.adminUnitId === actor.adminUnitId);
  // A unit sends (and takes back) its own report; Sở Công Thương reviews the reports of others, never its own.
  const events = availableEvents(REPORT_LIFECYCLE, actor, report.status).filter((e) => REPORT_AUTHOR_EVENTS.includes(e) === own);
  const content = report.content as unknown as { figures: ReportFigures; narrative: ReportNarrative };
  return {
    ...report,
    organizationName: organization?.name ?? '',
    adminUnit,
    figures: content.figures,
    narrative: content.narrative,
    canEdit: own && REPORT_EDITABLE_STATES.includes(report.status) && events.includes('submit'),
    events,
  };
}
