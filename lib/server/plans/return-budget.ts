import 'server-only';
import { CONSOLIDATED_PLAN_LIFECYCLE } from '@/lib/domain/lifecycle/plan';
import type { Actor } from '@/lib/domain/roles';
import type { RoundEventInput } from '@/lib/schemas/plan';
import { assertCan } from '../authz';
import { db } from '../db';
import { notifySctLeaders, roundLink } from './notify-plan';
import { getRoundOrThrow } from './plan-access';
import { transition } from '../lifecycle/transition';

/** Sở Tài chính sends the plan back to the SCT with a reason (the lifecycle requires one). */
export async function returnBudget(actor: Actor, input: RoundEventInput) {
  assertCan(actor, 'plan:appraise-budget');
  const round = await getRoundOrThrow(actor, input.year);
  return db.$transaction(async (tx) => {
    await transition(tx, actor, CONSOLIDATED_PLAN_LIFECYCLE, round, 'returnFromFinance', { reason: input.reason, changes: { budgetComment: input.reason } });
    await notifySctLeaders(tx, round.provinceId, {
      title: `Sở Tài chính trả lại kế hoạch khuyến công năm ${round.year}`,
      body: input.reason ?? undefined,
      link: `${roundLink(round.year)}/tong-hop`,
    });
    return { year: round.year };
  });
}
