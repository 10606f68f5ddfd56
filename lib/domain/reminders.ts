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

/** Monthly progress reports of the implementing unit are due before the 25th (DOMAIN.md "Reports"). */
export const MONTHLY_REPORT_DAY = 25;

export interface ReportPeriod {
  year: number;
  month: number;
  /** The calendar day (@db.Date) the report is due. */
  dueOn: Date;
  phase: 'due' | 'late';
}

/**
 * The monthly reports to chase on a Vietnamese calendar day: this month's, from `noticeDays`
 * before the 25th ("due") or after it ("late"), and last month's ("late") — so a worker that was
 * down on the 26th still chases it later.
 */
export function monthlyReportPeriods(today: Date, noticeDays: number): ReportPeriod[] {
  const [y, m, d] = [today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate()];
  const dueOf = (year: number, month: number) => new Date(Date.UTC(year, month - 1, MONTHLY_REPORT_DAY));
  const previous = m === 1 ? { year: y - 1, month: 12 } : { year: y, month: m - 1 };
  const periods: ReportPeriod[] = [{ ...previous, dueOn: dueOf(previous.year, previous.month), phase: 'late' }];
  if (d > MONTHLY_REPORT_DAY) periods.push({ year: y, month: m, dueOn: dueOf(y, m), phase: 'late' });
  else if (d >= MONTHLY_REPORT_DAY - noticeDays) periods.push({ year: y, month: m, dueOn: dueOf(y, m), phase: 'due' });
  return periods;
}
