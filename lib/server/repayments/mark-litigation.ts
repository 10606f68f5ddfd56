import 'server-only';
import { REPAYMENT_LIFECYCLE } from '@/lib/domain/lifecycle/repayment';
import { isBehindSchedule, summariseSchedule } from '@/lib/domain/repayment';
import type { Actor } from '@/lib/domain/roles';
import type { LitigationInput } from '@/lib/schemas/repayment';
import { assertCan } from '../authz';
import { now } from '../clock';
import { db } from '../db';
import { AppError } from '../errors';
import { transition } from '../lifecycle/transition';
import { getScheduleForWriteOrThrow } from './load-schedule';

/**
 * Chuyển khởi kiện: only a schedule behind its instalments (on `today`) goes to court, with the
 * court's file reference. A schedule still recorded as on time is first recorded late (markLate),
 * so the audit trail shows both steps.
 */
export async function markLitigation(actor: Actor, input: LitigationInput, today: Date = now()) {
  assertCan(actor, 'repayment:manage');
  // The court file is what makes litigation traceable: never stored without it.
  if (!input.courtFileRef?.trim()) throw new AppError('VALIDATION', 'Nhập số thụ lý của toà án.', { courtFileRef: 'Nhập số thụ lý của toà án' });
  return db.$transaction(async (tx) => {
    const schedule = await getScheduleForWriteOrThrow(tx, actor, input.scheduleId);
    const summary = summariseSchedule({ principalVnd: schedule.principalVnd, litigation: false, instalments: schedule.installments, repayments: schedule.repayments }, today);
    if (!isBehindSchedule(summary)) throw new AppError('ILLEGAL_TRANSITION', 'Chỉ chuyển khởi kiện khi cơ sở chậm trả (có kỳ quá hạn chưa trả đủ).');
    const record = { id: schedule.id, status: schedule.status, provinceId: schedule.project.provinceId };
    if (REPAYMENT_LIFECYCLE.events.markLate.from.includes(record.status)) {
      record.status = await transition(tx, actor, REPAYMENT_LIFECYCLE, record, 'markLate', { data: { daysLate: summary.daysLate } });
    }
    const status = await transition(tx, actor, REPAYMENT_LIFECYCLE, record, 'litigate', { reason: input.reason, data: { courtFileRef: input.courtFileRef }, changes: { courtFileRef: input.courtFileRef } });
    return { status };
  });
}
