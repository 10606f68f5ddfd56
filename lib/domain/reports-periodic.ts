// Báo cáo định kỳ of xã and units (seed 001 Điều 2: monthly, quarterly, yearly): which period a
// report covers, when it is due, how late it is. Pure; the due-day figure is a [PARAM] read by the server.
import type { ReportKind } from '@/prisma/generated/client/enums';

/** The kinds a xã or unit files from the portal (monthly progress is per đề án, elsewhere). */
export const PERIODIC_KINDS = ['MONTHLY_PROGRESS', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY'] as const satisfies readonly ReportKind[];

export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  MONTHLY_PROGRESS: 'Tháng',
  QUARTERLY: 'Quý',
  HALF_YEARLY: '6 tháng',
  YEARLY: 'Năm',
};

/** Days after a period ends by which its report is due, unless a Parameter says otherwise [PARAM]. */
export const DEFAULT_REPORT_DUE_DAYS = 10;
export const REPORT_DUE_DAYS_PARAMETER = 'PERIODIC_REPORT_DUE_DAYS';

/** How many periods a kind has in a year; 0 marks the one yearly report. */
export function periodsOf(kind: ReportKind): number[] {
  switch (kind) {
    case 'MONTHLY_PROGRESS':
      return [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    case 'QUARTERLY':
      return [1, 2, 3, 4];
    case 'HALF_YEARLY':
      return [1, 2];
    case 'YEARLY':
      return [0];
  }
}

export function isValidPeriod(kind: ReportKind, period: number): boolean {
  return periodsOf(kind).includes(period);
}

export function periodLabel(kind: ReportKind, year: number, period: number): string {
  switch (kind) {
    case 'MONTHLY_PROGRESS':
      return `Tháng ${period}/${year}`;
    case 'QUARTERLY':
      return `Quý ${['I', 'II', 'III', 'IV'][period - 1]} năm ${year}`;
    case 'HALF_YEARLY':
      return `${period === 1 ? '6 tháng đầu' : '6 tháng cuối'} năm ${year}`;
    case 'YEARLY':
      return `Năm ${year}`;
  }
}

/** The last day of the period (UTC date). */
export function periodEnd(kind: ReportKind, year: number, period: number): Date {
  const months = kind === 'MONTHLY_PROGRESS' ? period : kind === 'QUARTERLY' ? period * 3 : kind === 'HALF_YEARLY' ? period * 6 : 12;
  return new Date(Date.UTC(year, months, 0));
}

/** Due date: the period's last day plus the due days. */
export function reportDueOn(kind: ReportKind, year: number, period: number, dueDays: number): Date {
  const end = periodEnd(kind, year, period);
  return new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate() + dueDays));
}

/** Whole days past the due date on `today` (0 when not yet late). */
export function daysLate(dueOn: Date, today: Date): number {
  const day = 86_400_000;
  const a = Date.UTC(dueOn.getUTCFullYear(), dueOn.getUTCMonth(), dueOn.getUTCDate());
  const b = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Math.max(0, Math.floor((b - a) / day));
}

/** The narrative a reporting unit writes (seed 001: results, difficulties, proposals). */
export interface ReportNarrative {
  results: string;
  difficulties: string;
  proposals: string;
}

/** Figures prefilled from records when the report is saved or sent, never typed. */
export interface ReportFigures {
  year: number;
  projects: string;
  facilities: string;
  totalCostVnd: string;
  stateSupportVnd: string;
  counterpartVnd: string;
  paidVnd: string;
  doneProjects: string;
  computedAt: string;
}
