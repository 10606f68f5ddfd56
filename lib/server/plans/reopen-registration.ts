import 'server-only';
import { formatDate } from '@/lib/domain/format';
import { endOfDayInVietnam, isPastDeadline } from '@/lib/domain/plan-deadline';
import { CONSOLIDATED_PLAN_LIFECYCLE } from '@/lib/domain/lifecycle/plan';
import type { Actor } from '@/lib/domain/roles';
import type { ReopenRoundInput } from '@/lib/schemas/plan';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError } from '../errors';
import { notifyUsersWhere } from '../notifications/notify';
import { roundLink } from './notify-plan';
import { getRoundOrThrow } from './plan-access';
import { transition } from '../lifecycle/transition';
import { now as clockNow } from '@/lib/server/clock';

/** Opens registration again with a new deadline (e.g. for a late xã), with the reason on record. */
export async function reopenRegistration(actor: Actor, input: ReopenRoundInput, now = clockNow()) {
  assertCan(actor, 'plan:open-round');
  const round = await getRoundOrThrow(actor, input.year);
  const deadline = endOfDayInVietnam(input.deadline);
  if (isPastDeadline(deadline, now)) {
    throw new AppError('VALIDATION', 'Hạn đăng ký mới đã qua. Chọn hạn từ hôm nay trở đi.', { deadline: 'Hạn đăng ký phải từ hôm nay trở đi' });
  }
  return db.$transaction(async (tx) => {
    await transition(tx, actor, CONSOLIDATED_PLAN_LIFECYCLE, round, 'reopenRegistration', {
      reason: input.reason,
      data: { previousDeadline: round.registrationDeadline.toISOString(), deadline: deadline.toISOString() },
      changes: { registrationDeadline: deadline },
    });
    await notifyUsersWhere(
      tx,
      { provinceId: round.provinceId, isActive: true, OR: [{ role: 'XA_OFFICER' }, { role: 'TTKC_STAFF' }] },
      { title: `Mở lại đăng ký kế hoạch khuyến công năm ${round.year}`, body: `Hạn mới: ${formatDate(deadline)}. ${input.reason}`, link: roundLink(round.year) },
    );
    return { year: round.year };
  });
}
