import 'server-only';
import { REPORT_EDITABLE_STATES } from '@/lib/domain/lifecycle/report';
import type { Actor } from '@/lib/domain/roles';
import type { PeriodicReportSaveInput } from '@/lib/schemas/report';
import { now } from '../../clock';
import { db } from '../../db';
import { AppError, staleError } from '../../errors';
import { computeReportFigures } from './compute-report-figures';
import { loadOwnPeriodicReport } from './periodic-access';

/** Saves the narrative of the actor's own draft or returned report and refreshes its figures. */
export async function savePeriodicReport(actor: Actor, input: PeriodicReportSaveInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const report = await loadOwnPeriodicReport(tx, actor, input.reportId, 'sửa');
    if (!REPORT_EDITABLE_STATES.includes(report.status)) throw new AppError('CONFLICT', 'Báo cáo đã gửi, không sửa được.');
    const figures = await computeReportFigures(tx, actor, { year: report.year, adminUnitId: report.adminUnitId }, now());
    const narrative = { results: input.results, difficulties: input.difficulties, proposals: input.proposals };
    const { count } = await tx.periodicReport.updateMany({
      where: { id: report.id, status: report.status, updatedAt: report.updatedAt },
      data: { content: { figures, narrative } as object },
    });
    if (count !== 1) throw staleError();
  });
}
