// Hỗ trợ có thu hồi (DOMAIN.md "Recoverable support"): the repayment schedule, how repayments are
// allocated to instalments (oldest due first), overdue days and the schedule's status. Pure: dates
// are calendar dates (UTC midnight, as @db.Date columns hold them) and `today` is passed in.
import { isoDateVn } from './format';
import { REPAYMENT_LIFECYCLE, type RepaymentStatus } from './lifecycle/repayment';
import { percentOf, sumVnd, type Vnd } from './money';

export interface Instalment {
  dueOn: Date;
  amountVnd: Vnd;
}

export interface RepaymentEntry {
  paidOn: Date;
  amountVnd: Vnd;
}

export type InstalmentState = 'paid' | 'notDue' | 'late';
export const INSTALMENT_LATE: InstalmentState = 'late';
export const INSTALMENT_STATE_LABELS: Record<InstalmentState, string> = { paid: 'Đã trả đủ', notDue: 'Chưa đến hạn', late: 'Quá hạn' };
/** Computed on a date (never stored); camelCase so it is not mistaken for a RepaymentStatus. */
export type ScheduleState = 'onTime' | 'late' | 'litigation' | 'repaid';

export const SCHEDULE_STATE_LABELS: Record<ScheduleState, string> = {
  onTime: 'Đúng hạn',
  late: 'Quá hạn',
  litigation: 'Khởi kiện',
  repaid: 'Đã hoàn trả',
};

const DAY = 86_400_000;
const dayOf = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
/** Today's calendar date in Vietnam, as UTC midnight. */
export function calendarDay(today: Date): Date {
  return new Date(`${isoDateVn(today)}T00:00:00Z`);
}

/**
 * Splits the principal into `count` instalments every `intervalMonths` from `firstDueOn`; the đồng
 * left by the division go to the last instalment so the schedule sums to the principal exactly.
 */
export function generateSchedule(principalVnd: Vnd, count: number, firstDueOn: Date, intervalMonths: number): Instalment[] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError('count must be a positive integer');
  const base = principalVnd / BigInt(count);
  return Array.from({ length: count }, (_, i) => {
    // 31/03 + 3 months is 30/06, not 01/07: the day is kept within the target month.
    const monthStart = new Date(Date.UTC(firstDueOn.getUTCFullYear(), firstDueOn.getUTCMonth() + i * intervalMonths, 1));
    const lastDay = new Date(Date.UTC(monthStart.getUTCFullYear(), monthStart.getUTCMonth() + 1, 0)).getUTCDate();
    const due = new Date(Date.UTC(monthStart.getUTCFullYear(), monthStart.getUTCMonth(), Math.min(firstDueOn.getUTCDate(), lastDay)));
    return { dueOn: due, amountVnd: i === count - 1 ? principalVnd - base * BigInt(count - 1) : base };
  });
}

export interface AllocatedInstalment extends Instalment {
  paidVnd: Vnd;
  /** Date the instalment became fully paid, or null. */
  paidInFullOn: Date | null;
  state: InstalmentState;
  daysLate: number;
}

/** Allocates repayments in date order to instalments in due order and states each instalment on `today`. */
export function allocateRepayments(instalments: readonly Instalment[], repayments: readonly RepaymentEntry[], today: Date): AllocatedInstalment[] {
  const day = dayOf(calendarDay(today));
  const queue = [...repayments].sort((a, b) => a.paidOn.getTime() - b.paidOn.getTime()).map((r) => ({ ...r, left: r.amountVnd }));
  return [...instalments]
    .sort((a, b) => a.dueOn.getTime() - b.dueOn.getTime())
    .map((inst) => {
      let paid = 0n;
      let paidInFullOn: Date | null = null;
      for (const r of queue) {
        if (paid >= inst.amountVnd) break;
        const take = r.left < inst.amountVnd - paid ? r.left : inst.amountVnd - paid;
        if (take <= 0n) continue;
        r.left -= take;
        paid += take;
        if (paid === inst.amountVnd) paidInFullOn = r.paidOn;
      }
      const due = dayOf(inst.dueOn);
      const state: InstalmentState = paid >= inst.amountVnd ? 'paid' : day > due ? 'late' : 'notDue';
      return { ...inst, paidVnd: paid, paidInFullOn, state, daysLate: state === 'late' ? Math.round((day - due) / DAY) : 0 };
    });
}

export interface ScheduleSummary {
  principalVnd: Vnd;
  repaidVnd: Vnd;
  outstandingVnd: Vnd;
  state: ScheduleState;
  /** Most days late among instalments now overdue. */
  daysLate: number;
  nextDue: AllocatedInstalment | null;
  /** Every instalment due so far was paid in full on or before its due date. */
  repaidOnTime: boolean;
  instalments: AllocatedInstalment[];
}

export function summariseSchedule(input: { principalVnd: Vnd; litigation: boolean; instalments: readonly Instalment[]; repayments: readonly RepaymentEntry[] }, today: Date): ScheduleSummary {
  const instalments = allocateRepayments(input.instalments, input.repayments, today);
  const repaidVnd = sumVnd(input.repayments.map((r) => r.amountVnd));
  const outstandingVnd = input.principalVnd > repaidVnd ? input.principalVnd - repaidVnd : 0n;
  const late = instalments.filter((i) => i.state === 'late');
  const daysLate = late.reduce((m, i) => Math.max(m, i.daysLate), 0);
  const state: ScheduleState = input.litigation ? 'litigation' : outstandingVnd === 0n ? 'repaid' : late.length ? 'late' : 'onTime';
  const day = dayOf(calendarDay(today));
  const repaidOnTime = !input.litigation && instalments.filter((i) => dayOf(i.dueOn) < day || i.state === 'paid').every((i) => i.paidInFullOn !== null && dayOf(i.paidInFullOn) <= dayOf(i.dueOn));
  return { principalVnd: input.principalVnd, repaidVnd, outstandingVnd, state, daysLate, nextDue: instalments.find((i) => i.state !== 'paid') ?? null, repaidOnTime, instalments };
}

/** In court now (stored status), as the debtors' dashboard counts them. */
export function isInLitigation(summary: Pick<ScheduleSummary, 'state'>): boolean {
  return summary.state === 'litigation';
}

/** Behind its instalments now: what allows going to court. */
export function isBehindSchedule(summary: Pick<ScheduleSummary, 'state'>): boolean {
  return summary.state === 'late';
}

/** Share of schedules repaid on time, in percent with one decimal (half up); null when there is none. */
export function shareRepaidOnTime(summaries: readonly ScheduleSummary[]): number | null {
  return percentOf(BigInt(summaries.filter((s) => s.repaidOnTime).length), BigInt(summaries.length));
}

/**
 * The status change a recorded repayment brings about, judged on the schedule as it stands after it:
 * nothing left to repay ends the schedule (from court too); a late schedule whose overdue instalments
 * are now covered is on time again. Null when the status stays as it is.
 */
export function statusEventAfterRepayment(status: RepaymentStatus, after: Pick<ScheduleSummary, 'outstandingVnd' | 'state'>): 'markRepaid' | 'catchUp' | null {
  if (after.outstandingVnd === 0n && REPAYMENT_LIFECYCLE.events.markRepaid.from.includes(status)) return 'markRepaid';
  if (after.state === 'onTime' && REPAYMENT_LIFECYCLE.events.catchUp.from.includes(status)) return 'catchUp';
  return null;
}
