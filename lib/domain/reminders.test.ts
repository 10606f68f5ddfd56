import { describe, expect, it } from 'vitest';
import { monthlyReportPeriods, uncoveredInstallments } from './reminders';
import { dateColumnDayNumber } from './schedule';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const rows = [
  { id: 1, dueOn: day('2031-03-10'), amountVnd: 100n },
  { id: 2, dueOn: day('2031-06-10'), amountVnd: 100n },
];

describe('uncovered repayment instalments', () => {
  it('applies repayments to the oldest instalment first', () => {
    const today = dateColumnDayNumber(day('2031-03-11'));
    expect(uncoveredInstallments(rows, 130n, today).map((i) => [i.id, i.shortVnd])).toEqual([[2, 70n]]);
    expect(uncoveredInstallments(rows, 40n, today).map((i) => [i.id, i.shortVnd, i.daysToDue])).toEqual([
      [1, 60n, -1],
      [2, 100n, 91],
    ]);
  });

  it('counts the due date itself as not yet late', () => {
    expect(uncoveredInstallments(rows, 0n, dateColumnDayNumber(day('2031-03-10')))[0]!.daysToDue).toBe(0);
  });
});

describe('monthly progress reports to chase', () => {
  const periods = (iso: string) => monthlyReportPeriods(day(iso), 5).map((p) => `${p.year}-${p.month} ${p.phase}`);

  it('reminds from 5 days before the 25th, and chases it as late from the 26th', () => {
    expect(periods('2031-03-19')).toEqual(['2031-2 late']);
    expect(periods('2031-03-20')).toEqual(['2031-2 late', '2031-3 due']);
    expect(periods('2031-03-25')).toEqual(['2031-2 late', '2031-3 due']);
    expect(periods('2031-03-26')).toEqual(['2031-2 late', '2031-3 late']);
  });

  it('chases December in January', () => {
    expect(periods('2032-01-02')).toEqual(['2031-12 late']);
  });
});
