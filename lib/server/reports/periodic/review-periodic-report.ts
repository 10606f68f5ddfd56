import 'server-only';
import { REPORT_LIFECYCLE } from '@/lib/domain/lifecycle/report';
import type { Actor } from '@/lib/domain/roles';
import type { PeriodicReportReviewInput } from '@/lib/schemas/report';
import { now } from '../../clock';
import { db } from '../../db';
import { transition } from '../../lifecycle/transition';
import { loadPeriodicReport } from './periodic-access';

/** Sở Công Thương returns a sent report with its comment, or accepts it. */
export async function reviewPeriodicReport(actor: Actor, input: PeriodicReportReviewInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const report = await loadPeriodicReport(tx, actor, input.reportId);
    const comment = input.decision === 'return' ? input.comment : null;
    await transition(tx, actor, REPORT_LIFECYCLE, report, input.decision, {
      reason: comment,
      changes: { reviewComment: comment, reviewedAt: now(), reviewedById: actor.id },
    });
  });
}
