import 'server-only';
import { isValidPeriod, type ReportNarrative } from '@/lib/domain/reports-periodic';
import type { Actor } from '@/lib/domain/roles';
import type { PeriodicReportOpenInput } from '@/lib/schemas/report';
import { recordAudit } from '../../audit';
import { now } from '../../clock';
import { db } from '../../db';
import { AppError } from '../../errors';
import { computeReportFigures } from './compute-report-figures';
import { reportingOrganization } from './periodic-access';

const EMPTY: ReportNarrative = { results: '', difficulties: '', proposals: '' };

/** Opens the actor's report for a period — or returns the one already open — with figures from records. */
export async function createPeriodicReport(actor: Actor, input: PeriodicReportOpenInput): Promise<{ id: number }> {
  if (!isValidPeriod(input.kind, input.period)) throw new AppError('VALIDATION', 'Kỳ báo cáo không hợp lệ.', { period: 'Chọn kỳ báo cáo' });
  return db.$transaction(async (tx) => {
    const owner = await reportingOrganization(tx, actor);
    // One report per unit and period: a second click opens the same one (checked under a lock on the unit).
    await tx.$queryRaw`SELECT 1 FROM "Organization" WHERE "id" = ${owner.organizationId} FOR UPDATE`;
    const existing = await tx.periodicReport.findFirst({
      where: { organizationId: owner.organizationId, kind: input.kind, year: input.year, period: input.period, projectId: null },
      select: { id: true },
    });
    if (existing) return existing;
    const at = now();
    const figures = await computeReportFigures(tx, actor, { year: input.year, adminUnitId: owner.adminUnitId }, at);
    const report = await tx.periodicReport.create({
      data: { ...owner, kind: input.kind, year: input.year, period: input.period, content: { figures, narrative: EMPTY } as object, createdById: actor.id },
    });
    await recordAudit(tx, actor, { entityType: 'PeriodicReport', entityId: report.id, event: 'create', provinceId: owner.provinceId, toStatus: report.status });
    return { id: report.id };
  });
}
