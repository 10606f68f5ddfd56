import { describe, expect, it } from 'vitest';
import { uncoveredInstallments } from './reminders';
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
