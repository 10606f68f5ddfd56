import 'server-only';
import { formatVnd } from '@/lib/domain/money';
import { budgetCeilingProblem } from '@/lib/domain/plan-rules';
import { CONSOLIDATED_PLAN_LIFECYCLE } from '@/lib/domain/lifecycle/plan';
import type { Actor } from '@/lib/domain/roles';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError } from '../errors';
import { findConsolidatedItems } from './find-consolidated-items';
import { notifySctLeaders, roundLink } from './notify-plan';
import { getRoundOrThrow } from './plan-access';
import { transition } from '../lifecycle/transition';

/**
 * Sở Tài chính agrees the estimate: every KCĐP proposal has an approved amount and their total is
 * within the year's ceiling. The SCT then records the UBND decision.
 */
export async function approveBudget(actor: Actor, year: number) {
  assertCan(actor, 'plan:appraise-budget');
  const round = await getRoundOrThrow(actor, year);
  return db.$transaction(async (tx) => {
    await transition(tx, actor, CONSOLIDATED_PLAN_LIFECYCLE, round, 'approveBudget');
    // Checked after the status write (which holds the round's row lock); a failure rolls it back.
    const { budgetCeilingVnd } = await tx.consolidatedPlan.findUniqueOrThrow({ where: { id: round.id }, select: { budgetCeilingVnd: true } });
    const { rows, totals } = await findConsolidatedItems(round.id, tx);
    const missing = rows.filter((r) => r.fundingLevel === 'KCDP' && r.approvedSupportVnd === null);
    if (missing.length) {
      throw new AppError(
        'VALIDATION',
        `Còn ${missing.length} đề án KCĐP chưa có mức hỗ trợ được duyệt: ${missing.map((r) => `“${r.name}”`).join(', ')}.`,
      );
    }
    const kcdp = totals.bySource.KCDP.totals;
    const problem = budgetCeilingProblem(kcdp.approvedSupportVnd, budgetCeilingVnd);
    if (problem) throw new AppError('LIMIT_EXCEEDED', problem, { budgetCeilingVnd: problem });
    await notifySctLeaders(tx, round.provinceId, {
      title: `Sở Tài chính đã thống nhất dự toán kế hoạch khuyến công năm ${round.year}`,
      body: `${kcdp.items} đề án KCĐP, hỗ trợ được duyệt ${formatVnd(kcdp.approvedSupportVnd)} (trần ${formatVnd(budgetCeilingVnd)}). Ghi nhận quyết định phê duyệt của UBND khi có.`,
      link: `${roundLink(round.year)}/quyet-dinh`,
    });
    return { year: round.year, approvedTotalVnd: kcdp.approvedSupportVnd };
  });
}
