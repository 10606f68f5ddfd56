// When the scheduled jobs remind people: which records are due, late or overdue on a given day.
// Pure; the jobs in lib/server/jobs feed them rows and "today" (the Vietnamese calendar day).
import type { PaymentStatus, ProjectStatus, RepaymentStatus } from '@/prisma/generated/client/enums';
import { dateColumnDayNumber } from './schedule';

/** Đề án being carried out: past their end date in these states, acceptance has not been asked for. */
export const PROJECT_RUNNING_STATES: readonly ProjectStatus[] = ['CONTRACTED', 'IN_PROGRESS'];
/** Money that has actually left the treasury. */
export const PAYMENT_PAID_STATUS: PaymentStatus = 'PAID';
/** Schedules nobody is reminded about: fully repaid, or handed to the courts. */
export const REPAYMENT_SILENT_STATES: readonly RepaymentStatus[] = ['REPAID', 'LITIGATION'];

export interface InstallmentRow {
  id: number;
  dueOn: Date; // @db.Date
  amountVnd: bigint;
}

export interface InstallmentState extends InstallmentRow {
  /** What is still missing of this instalment after repayments are applied to the oldest first. */
  shortVnd: bigint;
  /** Calendar days from today to the due date (negative once past). */
  daysToDue: number;
}

/**
 * Applies the repayments to the instalments in due-date order and returns the ones not fully
 * covered, with how many days remain until each is due. An instalment is overdue from the day after
 * its due date (daysToDue < 0).
 */
export function uncoveredInstallments(installments: readonly InstallmentRow[], repaidVnd: bigint, today: number): InstallmentState[] {
  let left = repaidVnd;
  const result: InstallmentState[] = [];
  for (const i of [...installments].sort((a, b) => a.dueOn.getTime() - b.dueOn.getTime() || a.id - b.id)) {
    const covered = left >= i.amountVnd ? i.amountVnd : left;
    left -= covered;
    if (covered < i.amountVnd) result.push({ ...i, shortVnd: i.amountVnd - covered, daysToDue: dateColumnDayNumber(i.dueOn) - today });
  }
  return result;
}
