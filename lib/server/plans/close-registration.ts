import 'server-only';
import { CONSOLIDATED_PLAN_LIFECYCLE } from '@/lib/domain/lifecycle/plan';
import type { Actor } from '@/lib/domain/roles';
import { assertCan } from '../authz';
import { db } from '../db';
import { notifyPlanReviewers, roundLink } from './notify-plan';
import { getRoundOrThrow } from './plan-access';
import { transition } from '../lifecycle/transition';

/** Ends registration: drafts stay outside, the Trung tâm and the Sở finish reviewing and consolidate. */
export async function closeRegistration(actor: Actor, year: number) {
  assertCan(actor, 'plan:consolidate');
  const round = await getRoundOrThrow(actor, year);
  return db.$transaction(async (tx) => {
    await transition(tx, actor, CONSOLIDATED_PLAN_LIFECYCLE, round, 'closeRegistration');
    await notifyPlanReviewers(tx, round.provinceId, {
      title: `Kết thúc nhận đăng ký kế hoạch khuyến công năm ${round.year}`,
      body: 'Hoàn thành xem xét các kế hoạch đã gửi để tổng hợp.',
      link: roundLink(round.year),
    });
    return { year: round.year };
  });
}
