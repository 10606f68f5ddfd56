import 'server-only';
import { formatDate } from '@/lib/domain/format';
import { CONSOLIDATED_PLAN_LIFECYCLE } from '@/lib/domain/lifecycle/plan';
import { endOfDayInVietnam, isPastDeadline } from '@/lib/domain/plan-deadline';
import type { Actor } from '@/lib/domain/roles';
import type { ReopenRoundInput } from '@/lib/schemas/plan';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError } from '../errors';
import { applyTransition } from '../lifecycle/transition';
import { notifyUsers } from '../notifications/notify';
import { roundLink } from './notify-plan';
import { getRoundOrThrow } from './plan-access';

/** Opens registration again with a new deadline (e.g. for a late xã), with the reason on record. */
export async function reopenRegistration(actor: Actor, input: ReopenRoundInput, now = new Date()) {
  assertCan(actor, 'plan:open-round');
  const round = await getRoundOrThrow(actor, input.year);
  const deadline = endOfDayInVietnam(input.deadline);
  if (isPastDeadline(deadline, now)) {
    throw new AppError('VALIDATION', 'Hạn đăng ký mới đã qua. Chọn hạn từ hôm nay trở đi.', { deadline: 'Hạn đăng ký phải từ hôm nay trở đi' });
  }
  return db.$transaction(async (tx) => {
    await applyTransition(tx, {
      actor,
      lifecycle: CONSOLIDATED_PLAN_LIFECYCLE,
      event: 'reopenRegistration',
      entityType: 'ConsolidatedPlan',
      entityId: round.id,
      provinceId: round.provinceId,
      current: round.status,
      reason: input.reason,
      data: { previousDeadline: round.registrationDeadline.toISOString(), deadline: deadline.toISOString() },
      write: (from, to) => tx.consolidatedPlan.updateMany({ where: { id: round.id, status: from }, data: { status: to, registrationDeadline: deadline } }),
    });
    const registrants = await tx.user.findMany({
      where: { provinceId: round.provinceId, isActive: true, OR: [{ role: 'XA_OFFICER' }, { role: 'TTKC_STAFF' }] },
      select: { id: true },
    });
    await notifyUsers(
      tx,
      registrants.map((u) => u.id),
      { title: `Mở lại đăng ký kế hoạch khuyến công năm ${round.year}`, body: `Hạn mới: ${formatDate(deadline)}. ${input.reason}`, link: roundLink(round.year) },
    );
    return { year: round.year };
  });
}
