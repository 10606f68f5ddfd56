import 'server-only';
import { REPAYMENT_LIFECYCLE } from '@/lib/domain/lifecycle/repayment';
import type { Actor } from '@/lib/domain/roles';
import type { LitigationInput } from '@/lib/schemas/repayment';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError } from '../errors';
import { applyTransition } from '../lifecycle/transition';
import { getScheduleForWriteOrThrow } from './load-schedule';

/** Chuyển khởi kiện: the schedule is in litigation, with the court's file reference. */
export async function markLitigation(actor: Actor, input: LitigationInput) {
  assertCan(actor, 'repayment:manage');
  // The court file is what makes litigation traceable: never stored without it.
  if (!input.courtFileRef?.trim()) throw new AppError('VALIDATION', 'Nhập số thụ lý của toà án.', { courtFileRef: 'Nhập số thụ lý của toà án' });
  return db.$transaction(async (tx) => {
    const schedule = await getScheduleForWriteOrThrow(tx, actor, input.scheduleId);
    const status = await applyTransition(tx, {
      actor,
      lifecycle: REPAYMENT_LIFECYCLE,
      event: 'litigate',
      entityType: 'RepaymentSchedule',
      entityId: schedule.id,
      provinceId: schedule.project.provinceId,
      current: schedule.status,
      reason: input.reason,
      data: { courtFileRef: input.courtFileRef },
      write: (from, to) => tx.repaymentSchedule.updateMany({ where: { id: schedule.id, status: from }, data: { status: to, courtFileRef: input.courtFileRef } }),
    });
    return { status };
  });
}
