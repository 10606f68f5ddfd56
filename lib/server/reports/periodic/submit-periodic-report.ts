import 'server-only';
import { REPORT_LIFECYCLE } from '@/lib/domain/lifecycle/report';
import type { Actor } from '@/lib/domain/roles';
import { now } from '../../clock';
import { db } from '../../db';
import { AppError } from '../../errors';
import { transition } from '../../lifecycle/transition';
import { computeReportFigures } from './compute-report-figures';
import { loadOwnPeriodicReport } from './periodic-access';

/** Sends the actor's own report to Sở Công Thương, with its figures recomputed at that moment. */
export async function submitPeriodicReport(actor: Actor, reportId: number): Promise<void> {
  await db.$transaction(async (tx) => {
    const report = await loadOwnPeriodicReport(tx, actor, reportId, 'gửi');
    const narrative = (report.content as { narrative?: { results?: string } }).narrative;
    if (!narrative?.results?.trim()) throw new AppError('VALIDATION', 'Nhập kết quả thực hiện trước khi gửi.', { results: 'Nhập kết quả thực hiện' });
    const at = now();
    const figures = await computeReportFigures(tx, actor, { year: report.year, adminUnitId: report.adminUnitId }, at);
    await transition(tx, actor, REPORT_LIFECYCLE, report, 'submit', {
      changes: { submittedAt: at, content: { ...(report.content as object), figures } as object },
    });
  });
}
