import 'server-only';
import { REPORT_LIFECYCLE } from '@/lib/domain/lifecycle/report';
import type { Actor } from '@/lib/domain/roles';
import { db } from '../../db';
import { transition } from '../../lifecycle/transition';
import { loadOwnPeriodicReport } from './periodic-access';

/**
 * Rút lại để sửa: the unit takes back a report it sent, while Sở Công Thương has not yet reviewed it.
 * The report is a draft again and no longer counts as sent for its period until it is sent anew.
 */
export async function withdrawPeriodicReport(actor: Actor, reportId: number): Promise<void> {
  await db.$transaction(async (tx) => {
    const report = await loadOwnPeriodicReport(tx, actor, reportId, 'rút lại');
    await transition(tx, actor, REPORT_LIFECYCLE, report, 'withdraw', { changes: { submittedAt: null } });
  });
}
