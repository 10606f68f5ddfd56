import 'server-only';
import { PAYMENT_PAID_STATES } from '@/lib/domain/lifecycle/payment';
import { assertCan } from '../authz';
import { AppError } from '../errors';
import type { Actor } from '@/lib/domain/roles';
import { projectScope } from '@/lib/domain/scope';
import { now } from '../clock';
import { db } from '../db';
import { findRepaymentSchedules } from '../repayments/find-debtors';
import { findMoneyPositions } from './find-money-position';

/**
 * Cơ sở thụ hưởng xem tiền của mình: for each đề án its facility benefits from, what the Kho bạc
 * advanced and paid, what is still due to it or to refund, and its own repayment schedules with the
 * next due date. Only the actor's own facility: the scopes are the beneficiary's.
 */
export async function findBeneficiaryMoney(actor: Actor, today: Date = now()) {
  assertCan(actor, 'money:read-own');
  if (!actor.facilityId) throw new AppError('FORBIDDEN', 'Tài khoản chưa gắn với cơ sở nào.');
  const projects = await db.project.findMany({
    where: { AND: [projectScope(actor), { approvedSupportVnd: { not: null } }] },
    select: { id: true, code: true, name: true, status: true, isGroup: true, isRecoverable: true },
    orderBy: { code: 'asc' },
  });
  const positions = await findMoneyPositions(db, projects.map((p) => p.id));
  const payments = await db.paymentRequest.findMany({
    where: {
      // Stryker disable next-line ObjectLiteral: each đề án keeps only its own payments below, so reading more shows the same, only slower
      projectId: { in: projects.map((p) => p.id) },
      status: { in: [...PAYMENT_PAID_STATES] },
    },
    select: { id: true, projectId: true, kind: true, amountVnd: true, paidOn: true, paymentOrderNumber: true },
    orderBy: [{ paidOn: 'asc' }, { id: 'asc' }],
  });
  const schedules = await findRepaymentSchedules(actor, {}, today);
  return {
    projects: projects.map((p) => ({ ...p, position: positions.get(p.id)!, payments: payments.filter((x) => x.projectId === p.id) })),
    schedules,
  };
}

export type BeneficiaryMoney = Awaited<ReturnType<typeof findBeneficiaryMoney>>;
