import 'server-only';
import { REPAYMENT_LITIGATION_STATES } from '@/lib/domain/lifecycle/repayment';
import { isBehindSchedule, isInLitigation, shareRepaidOnTime, summariseSchedule } from '@/lib/domain/repayment';
import type { Actor } from '@/lib/domain/roles';
import { repaymentScheduleScope } from '@/lib/domain/scope';
import type { Prisma } from '@/prisma/generated/client/client';
import { assertCan } from '../authz';
import { now } from '../clock';
import { db } from '../db';

/** Repayment schedules in the actor's scope (optionally narrowed), each summarised on `today`. */
export async function findRepaymentSchedules(actor: Actor, where: Prisma.RepaymentScheduleWhereInput = {}, today: Date = now()) {
  assertCan(actor, 'project:read');
  const schedules = await db.repaymentSchedule.findMany({
    where: { AND: [repaymentScheduleScope(actor), where] },
    include: {
      project: { select: { id: true, code: true, name: true, status: true } },
      facility: { select: { id: true, name: true } },
      installments: { orderBy: { dueOn: 'asc' } },
      repayments: { orderBy: { paidOn: 'asc' } },
    },
    orderBy: [{ projectId: 'asc' }, { facilityId: 'asc' }],
  });
  return schedules.map((s) => ({
    ...s,
    summary: summariseSchedule({ principalVnd: s.principalVnd, litigation: REPAYMENT_LITIGATION_STATES.includes(s.status), instalments: s.installments, repayments: s.repayments }, today),
  }));
}

/** Theo dõi thu hồi: every debtor with its state, balance and days late, and the share repaid on time. */
export async function findDebtors(actor: Actor, today: Date = now()) {
  const rows = await findRepaymentSchedules(actor, {}, today);
  const outstandingVnd = rows.reduce((s, r) => s + r.summary.outstandingVnd, 0n);
  return { rows, outstandingVnd, shareOnTime: shareRepaidOnTime(rows.map((r) => r.summary)), late: rows.filter((r) => isBehindSchedule(r.summary)).length, litigation: rows.filter((r) => isInLitigation(r.summary)).length };
}

export type DebtorRow = Awaited<ReturnType<typeof findDebtors>>['rows'][number];
