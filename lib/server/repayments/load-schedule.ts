import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { repaymentScheduleScope } from '@/lib/domain/scope';
import { getInScopeOrThrow } from '../authz';
import type { Tx } from '../db';

/** A schedule for a write, row-locked and loaded through the actor's scope. */
export async function getScheduleForWriteOrThrow(tx: Tx, actor: Actor, scheduleId: number) {
  await tx.$queryRaw`SELECT "id" FROM "RepaymentSchedule" WHERE "id" = ${scheduleId} FOR UPDATE`;
  return getInScopeOrThrow(
    tx.repaymentSchedule.findFirst({
      where: { AND: [{ id: scheduleId }, repaymentScheduleScope(actor)] },
      include: { project: { select: { id: true, code: true, provinceId: true, status: true } }, installments: true, repayments: true },
    }),
    async () => (await tx.repaymentSchedule.count({ where: { id: scheduleId } })) > 0,
    'lịch hoàn trả',
  );
}
