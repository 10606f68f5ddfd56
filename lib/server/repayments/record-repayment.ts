import 'server-only';
import { PROJECT_CONTRACT_SIGNED_STATES } from '@/lib/domain/lifecycle/project';
import { REPAYMENT_LIFECYCLE, REPAYMENT_LITIGATION_STATES } from '@/lib/domain/lifecycle/repayment';
import { formatVnd, sumVnd } from '@/lib/domain/money';
import { statusEventAfterRepayment, summariseSchedule } from '@/lib/domain/repayment';
import type { Actor } from '@/lib/domain/roles';
import type { RepaymentInput } from '@/lib/schemas/repayment';
import { recordAudit } from '../audit';
import { assertCan } from '../authz';
import { now } from '../clock';
import { db } from '../db';
import { AppError } from '../errors';
import { transition } from '../lifecycle/transition';
import { getScheduleForWriteOrThrow } from './load-schedule';

/**
 * Ghi nhận hoàn trả: never more than what is still owed; allocated to instalments when read. The
 * schedule's status follows (statusEventAfterRepayment): repaid in full, or back on time on `today`.
 */
export async function recordRepayment(actor: Actor, input: RepaymentInput, today: Date = now()) {
  assertCan(actor, 'repayment:manage');
  return db.$transaction(async (tx) => {
    const schedule = await getScheduleForWriteOrThrow(tx, actor, input.scheduleId);
    if (!PROJECT_CONTRACT_SIGNED_STATES.includes(schedule.project.status)) {
      throw new AppError('ILLEGAL_TRANSITION', 'Chỉ ghi nhận hoàn trả sau khi đã ký hợp đồng.');
    }
    const outstanding = schedule.principalVnd - sumVnd(schedule.repayments.map((r) => r.amountVnd));
    if (input.amountVnd > outstanding) {
      throw new AppError('LIMIT_EXCEEDED', `Số hoàn trả ${formatVnd(input.amountVnd)} lớn hơn dư nợ còn lại ${formatVnd(outstanding)}.`, { amountVnd: `Tối đa ${formatVnd(outstanding)}` });
    }
    const repayment = await tx.repayment.create({ data: { scheduleId: schedule.id, paidOn: input.paidOn, amountVnd: input.amountVnd, documentNumber: input.documentNumber, recordedById: actor.id } });
    await recordAudit(tx, actor, {
      entityType: 'RepaymentSchedule',
      entityId: schedule.id,
      provinceId: schedule.project.provinceId,
      event: 'recordRepayment',
      data: { repaymentId: repayment.id, amountVnd: input.amountVnd.toString(), documentNumber: input.documentNumber },
    });
    const after = summariseSchedule(
      { principalVnd: schedule.principalVnd, litigation: REPAYMENT_LITIGATION_STATES.includes(schedule.status), instalments: schedule.installments, repayments: [...schedule.repayments, repayment] },
      today,
    );
    const event = statusEventAfterRepayment(schedule.status, after);
    const status = event
      ? await transition(tx, actor, REPAYMENT_LIFECYCLE, { id: schedule.id, status: schedule.status, provinceId: schedule.project.provinceId }, event, { data: { repaymentId: repayment.id } })
      : schedule.status;
    return { id: repayment.id, status };
  });
}
