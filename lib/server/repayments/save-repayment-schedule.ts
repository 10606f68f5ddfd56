import 'server-only';
import { PROJECT_REPAYMENT_PLANNING_STATES } from '@/lib/domain/lifecycle/project';
import { formatVnd } from '@/lib/domain/money';
import { generateSchedule } from '@/lib/domain/repayment';
import type { Actor } from '@/lib/domain/roles';
import type { RepaymentScheduleInput } from '@/lib/schemas/repayment';
import { recordAudit } from '../audit';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError } from '../errors';
import { getProjectForWriteOrThrow } from '../projects/load-project';

/**
 * Lập lịch hoàn trả of one facility of a recoverable đề án: generated from the amount, the number of
 * instalments, the first due date and the interval. It is part of the contract, so it may be
 * (re)generated only before the contract is signed.
 */
export async function saveRepaymentSchedule(actor: Actor, input: RepaymentScheduleInput) {
  assertCan(actor, 'repayment:manage');
  return db.$transaction(async (tx) => {
    const project = await getProjectForWriteOrThrow(tx, actor, input.projectId);
    if (!project.isRecoverable) throw new AppError('VALIDATION', `Đề án ${project.code} không phải hỗ trợ có thu hồi.`);
    if (!PROJECT_REPAYMENT_PLANNING_STATES.includes(project.status)) throw new AppError('ILLEGAL_TRANSITION', 'Lịch hoàn trả chỉ lập hoặc sửa trước khi ký hợp đồng (đề án ở trạng thái "Đã phê duyệt").');
    if (!project.beneficiaries.some((b) => b.facilityId === input.facilityId)) throw new AppError('VALIDATION', 'Cơ sở không thuộc đề án.', { facilityId: 'Chọn cơ sở thụ hưởng' });
    const approved = project.approvedSupportVnd ?? 0n;
    if (input.principalVnd > approved) {
      throw new AppError('LIMIT_EXCEEDED', `Số phải hoàn trả ${formatVnd(input.principalVnd)} lớn hơn hỗ trợ được duyệt ${formatVnd(approved)}.`, { principalVnd: `Tối đa ${formatVnd(approved)}` });
    }
    const instalments = generateSchedule(input.principalVnd, input.count, input.firstDueOn, input.intervalMonths);
    const schedule = await tx.repaymentSchedule.upsert({
      where: { projectId_facilityId: { projectId: project.id, facilityId: input.facilityId } },
      create: { projectId: project.id, facilityId: input.facilityId, principalVnd: input.principalVnd },
      update: { principalVnd: input.principalVnd },
    });
    await tx.repaymentInstallment.deleteMany({ where: { scheduleId: schedule.id } });
    await tx.repaymentInstallment.createMany({ data: instalments.map((i) => ({ scheduleId: schedule.id, dueOn: i.dueOn, amountVnd: i.amountVnd })) });
    await recordAudit(tx, actor, {
      entityType: 'RepaymentSchedule',
      entityId: schedule.id,
      provinceId: project.provinceId,
      event: 'saveSchedule',
      data: { projectId: project.id, facilityId: input.facilityId, principalVnd: input.principalVnd.toString(), count: input.count },
    });
    return { id: schedule.id };
  });
}
