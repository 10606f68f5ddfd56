import 'server-only';
import { formatDate } from '@/lib/domain/format';
import { endOfDayInVietnam, isPastDeadline, yearInVietnam } from '@/lib/domain/plan-deadline';
import type { Actor } from '@/lib/domain/roles';
import type { OpenRoundInput } from '@/lib/schemas/plan';
import { recordAudit } from '../audit';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError, forbiddenError } from '../errors';
import { notifyUsersWhere } from '../notifications/notify';
import { roundLink } from './notify-plan';
import { now as clockNow } from '@/lib/server/clock';

/**
 * Sở Công Thương opens the registration of year N's plans (the ConsolidatedPlan row is the round)
 * and tells every xã officer and unit that may register.
 */
export async function openRound(actor: Actor, input: OpenRoundInput, now = clockNow()) {
  assertCan(actor, 'plan:open-round');
  const provinceId = actor.provinceId;
  if (!provinceId) throw forbiddenError('Tài khoản chưa gắn với tỉnh/thành phố nên không mở được đợt đăng ký.');
  const deadline = endOfDayInVietnam(input.deadline);
  if (isPastDeadline(deadline, now)) {
    throw new AppError('VALIDATION', 'Hạn đăng ký đã qua. Chọn hạn từ hôm nay trở đi.', { deadline: 'Hạn đăng ký phải từ hôm nay trở đi' });
  }
  if (input.year < yearInVietnam(now)) {
    throw new AppError('VALIDATION', `Không mở đăng ký cho năm đã qua (${input.year}).`, { year: 'Năm kế hoạch không được ở quá khứ' });
  }
  return db
    .$transaction(async (tx) => {
    const existing = await tx.consolidatedPlan.findUnique({ where: { provinceId_year: { provinceId, year: input.year } } });
    if (existing) {
      throw new AppError('CONFLICT', `Đã có đợt đăng ký kế hoạch khuyến công năm ${input.year}.`, { year: `Năm ${input.year} đã có đợt đăng ký` });
    }
    const round = await tx.consolidatedPlan.create({
      data: {
        provinceId,
        year: input.year,
        title: input.title,
        instructions: input.instructions,
        registrationDeadline: deadline,
        openedById: actor.id,
      },
    });
    await recordAudit(tx, actor, {
      entityType: 'ConsolidatedPlan',
      entityId: round.id,
      provinceId,
      event: 'openRound',
      toStatus: round.status,
      data: { year: input.year, deadline: deadline.toISOString() },
    });
    // Everyone who registers: xã officers and the staff of the Trung tâm and service organisations.
    await notifyUsersWhere(
      tx,
      { provinceId, isActive: true, OR: [{ role: 'XA_OFFICER' }, { role: 'TTKC_STAFF', organization: { kind: { in: ['TTKC', 'SERVICE_ORG'] } } }] },
      {
        title: `Mở đăng ký kế hoạch khuyến công năm ${input.year}`,
        body: `Hạn gửi kế hoạch: ${formatDate(deadline)}. ${input.instructions ?? ''}`.trim(),
        link: roundLink(input.year),
      },
    );
    return round;
  })
    .catch((error: unknown) => {
      // Two leaders opening the same year at once: the unique index decides, the loser gets words.
      if ((error as { code?: string }).code === 'P2002') {
        throw new AppError('CONFLICT', `Đã có đợt đăng ký kế hoạch khuyến công năm ${input.year}.`, { year: `Năm ${input.year} đã có đợt đăng ký` });
      }
      throw error;
    });
}
