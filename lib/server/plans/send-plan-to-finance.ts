import 'server-only';
import { formatVnd } from '@/lib/domain/money';
import { ANNUAL_PLAN_LIFECYCLE, CONSOLIDATED_PLAN_LIFECYCLE } from '@/lib/domain/lifecycle/plan';
import type { Actor } from '@/lib/domain/roles';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError } from '../errors';
import { findConsolidatedItems } from './find-consolidated-items';
import { notifyFinance, roundLink } from './notify-plan';
import { getRoundOrThrow } from './plan-access';
import { transition } from '../lifecycle/transition';

/**
 * The SCT sends the consolidated KCĐP list to Sở Tài chính (the KCQG list goes to the ministry as
 * the Excel form). Every plan that was sent must have finished its review first.
 */
export async function sendPlanToFinance(actor: Actor, year: number) {
  assertCan(actor, 'plan:consolidate');
  const round = await getRoundOrThrow(actor, year);
  return db.$transaction(async (tx) => {
    await transition(tx, actor, CONSOLIDATED_PLAN_LIFECYCLE, round, 'sendToFinance');
    // Checked after the status write (which holds the round's row lock); a failure rolls it back.
    const waiting = await tx.annualPlan.findMany({
      where: { consolidatedPlanId: round.id, status: { in: [...ANNUAL_PLAN_LIFECYCLE.events.markReviewed.from] } },
      select: { organization: { select: { name: true } } },
    });
    if (waiting.length) {
      throw new AppError(
        'VALIDATION',
        `Còn ${waiting.length} kế hoạch đã gửi nhưng chưa xem xét xong: ${waiting.map((p) => p.organization.name).join(', ')}. Hoàn thành xem xét trước khi gửi Sở Tài chính.`,
      );
    }
    const { totals } = await findConsolidatedItems(round.id, tx);
    if (totals.all.items === 0) throw new AppError('VALIDATION', 'Kế hoạch tổng hợp chưa có đề xuất nào được chấp nhận.');
    await notifyFinance(tx, round.provinceId, {
      title: `Sở Công Thương gửi kế hoạch khuyến công năm ${round.year} để thẩm định kinh phí`,
      body: `${totals.bySource.KCDP.totals.items} đề án KCĐP, đề nghị hỗ trợ ${formatVnd(totals.bySource.KCDP.totals.requestedSupportVnd)}.`,
      link: `${roundLink(round.year)}/kinh-phi`,
    });
    return { year: round.year };
  });
}
