// Quyết toán năm theo nguồn (KCQG / KCĐP) for Sở Tài chính: every đề án of the year with its money
// position, the advances still open, and what lapses at year end. Pure sums over the positions, so
// the screen, the stored totals and the workbook all come from one computation.
import { sumVnd, type Vnd } from './money';
import type { MoneyPosition } from './money-position';

export interface YearlyProjectRow {
  position: MoneyPosition;
}

export interface YearlyTotals {
  projectCount: number;
  approvedVnd: Vnd;
  disbursedVnd: Vnd;
  refundedVnd: Vnd;
  /** Advances paid and not yet cleared by a payment. */
  openAdvanceVnd: Vnd;
  /** Approved support of the year not disbursed (less refunds kept by the budget): it lapses at year end. */
  lapsingVnd: Vnd;
}

/** What of one đề án's approved support lapses at year end: approved − (disbursed − refunded), when positive. */
export function lapsingOf(p: MoneyPosition): Vnd {
  const kept = p.disbursedVnd - p.refundedVnd;
  return p.approvedVnd > kept ? p.approvedVnd - kept : 0n;
}

export function yearlyTotals(rows: readonly YearlyProjectRow[]): YearlyTotals {
  const of = (pick: (p: MoneyPosition) => Vnd) => sumVnd(rows.map((r) => pick(r.position)));
  return {
    projectCount: rows.length,
    approvedVnd: of((p) => p.approvedVnd),
    disbursedVnd: of((p) => p.disbursedVnd),
    refundedVnd: of((p) => p.refundedVnd),
    openAdvanceVnd: of((p) => p.outstandingAdvanceVnd),
    lapsingVnd: of(lapsingOf),
  };
}
