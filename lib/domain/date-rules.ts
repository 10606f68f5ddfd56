// How the dates of a đề án relate to each other, to its year and to today. Each rule returns the
// problems as { field: message } (empty when the dates hold); the use cases refuse on any problem.
// Dates are calendar days (stored at 00:00 UTC); `today` is the Vietnam calendar day of the server's
// clock (lib/server/clock.ts), passed in — nothing here reads the clock.
import { formatDate, isoDateVn } from './format';
import { regimeOn } from './project-regime';
import type { RulesRegime } from '@/prisma/generated/client/enums';

export type DateProblems = Record<string, string>;

/** The calendar day (yyyy-mm-dd) of a stored date. */
const day = (d: Date) => d.toISOString().slice(0, 10);

/** The Vietnam calendar day of an instant, as a date at 00:00 UTC like stored dates. */
export function vietnamToday(instant: Date): Date {
  return new Date(`${isoDateVn(instant)}T00:00:00Z`);
}

function notInFuture(problems: DateProblems, field: string, label: string, date: Date | null | undefined, today: Date) {
  if (date && day(date) > day(today)) problems[field] = `${label} (${formatDate(date)}) không được sau ngày hôm nay (${formatDate(today)})`;
}

function notBefore(problems: DateProblems, field: string, label: string, date: Date | null | undefined, earliest: Date | null | undefined, what: string) {
  if (date && earliest && day(date) < day(earliest) && !problems[field]) problems[field] = `${label} (${formatDate(date)}) không được trước ${what} (${formatDate(earliest)})`;
}

/**
 * Thời gian thực hiện: start ≤ end, both inside the đề án's year. An amendment may extend the end
 * into the next year (a large amendment, DOMAIN.md), never further.
 */
export function projectPeriodProblems(p: { year: number; startDate: Date | null; endDate: Date | null }, opts: { amendment?: boolean } = {}): DateProblems {
  const problems: DateProblems = {};
  const lastYear = opts.amendment ? p.year + 1 : p.year;
  if (p.startDate && p.startDate.getUTCFullYear() !== p.year) problems.startDate = `Ngày bắt đầu (${formatDate(p.startDate)}) phải trong năm ${p.year} của đề án`;
  if (p.endDate) {
    const y = p.endDate.getUTCFullYear();
    if (y < p.year || y > lastYear) {
      problems.endDate = opts.amendment
        ? `Ngày kết thúc (${formatDate(p.endDate)}) phải trong năm ${p.year} hoặc năm ${p.year + 1} (điều chỉnh kéo dài sang năm sau)`
        : `Ngày kết thúc (${formatDate(p.endDate)}) phải trong năm ${p.year} của đề án (kéo dài sang năm sau qua điều chỉnh)`;
    }
  }
  if (p.startDate && p.endDate && day(p.endDate) < day(p.startDate) && !problems.endDate) problems.endDate = 'Ngày kết thúc phải sau ngày bắt đầu';
  return problems;
}

/** A quyết định is recorded after it is signed: its date is not in the future. */
export function decisionDateProblems(issuedOn: Date, today: Date, field = 'decision.issuedOn'): DateProblems {
  const problems: DateProblems = {};
  notInFuture(problems, field, 'Ngày ban hành quyết định', issuedOn, today);
  return problems;
}

/** Ký hợp đồng: not in the future, not before the approval decision; the contract's own period in order. */
export function contractDateProblems(c: { signedOn: Date; startDate: Date | null; endDate: Date | null }, ctx: { approvedOn: Date | null; today: Date }): DateProblems {
  const problems: DateProblems = {};
  notInFuture(problems, 'signedOn', 'Ngày ký hợp đồng', c.signedOn, ctx.today);
  notBefore(problems, 'signedOn', 'Ngày ký hợp đồng', c.signedOn, ctx.approvedOn, 'ngày phê duyệt đề án');
  notBefore(problems, 'startDate', 'Ngày bắt đầu hợp đồng', c.startDate, c.signedOn, 'ngày ký');
  if (c.startDate && c.endDate && day(c.endDate) < day(c.startDate)) problems.endDate = 'Ngày kết thúc hợp đồng phải sau ngày bắt đầu';
  return problems;
}

/** Nghiệm thu is scheduled, and held, after the contract was signed and the work started. */
export function acceptanceScheduleProblems(scheduledOn: Date, ctx: { contractSignedOn: Date | null; projectStart: Date | null }): DateProblems {
  const problems: DateProblems = {};
  notBefore(problems, 'scheduledOn', 'Ngày nghiệm thu', scheduledOn, ctx.contractSignedOn, 'ngày ký hợp đồng');
  notBefore(problems, 'scheduledOn', 'Ngày nghiệm thu', scheduledOn, ctx.projectStart, 'ngày bắt đầu đề án');
  return problems;
}

export function acceptanceHeldProblems(heldOn: Date, ctx: { contractSignedOn: Date | null; projectStart: Date | null; today: Date }): DateProblems {
  const problems: DateProblems = {};
  notInFuture(problems, 'heldOn', 'Ngày họp nghiệm thu', heldOn, ctx.today);
  notBefore(problems, 'heldOn', 'Ngày họp nghiệm thu', heldOn, ctx.contractSignedOn, 'ngày ký hợp đồng');
  notBefore(problems, 'heldOn', 'Ngày họp nghiệm thu', heldOn, ctx.projectStart, 'ngày bắt đầu đề án');
  return problems;
}

/**
 * The day whose rules a đề án follows (regime, spending norms, labels): its approval date once
 * approved; before that its own start (or 1 January of its year) — a đề án of 2022 entered today is
 * judged by 2022's rules — but never later than today, since tomorrow's rules are not known yet.
 */
export function rulesDateOf(p: { year: number; startDate: Date | null; approvedOn: Date | null }, today: Date): Date {
  if (p.approvedOn) return p.approvedOn;
  const own = p.startDate ?? new Date(Date.UTC(p.year, 0, 1));
  return day(own) < day(today) ? own : today;
}

export function regimeOf(p: { year: number; startDate: Date | null; approvedOn: Date | null }, today: Date): RulesRegime {
  return regimeOn(rulesDateOf(p, today));
}
