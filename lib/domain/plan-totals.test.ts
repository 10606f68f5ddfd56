import { describe, expect, it } from 'vitest';
import { computePlanTotals, contentGroupOf, sumItems, UNKNOWN_AREA, type TotalsInputItem } from './plan-totals';

/** A KCĐP item whose money adds up: with no other funding, the counterpart is what the requested support leaves of the total cost. */
function item(over: Partial<TotalsInputItem>): TotalsInputItem {
  const totalCostVnd = over.totalCostVnd ?? 1_000_000_000n;
  const requestedSupportVnd = over.requestedSupportVnd ?? 300_000_000n;
  return {
    fundingLevel: 'KCDP',
    programmeGroup: null,
    contentCategory: { code: 'KC03.4', name: 'Máy móc thiết bị' },
    area: 'Phía Tây',
    beneficiaryCount: 1,
    totalCostVnd,
    requestedSupportVnd,
    counterpartVnd: totalCostVnd - requestedSupportVnd,
    otherFundingVnd: 0n,
    approvedSupportVnd: null,
    ...over,
  };
}

describe('plan totals', () => {
  it('splits by source and adds up exactly, beyond the float range', () => {
    const big = 9_007_199_254_740_993n;
    const totals = computePlanTotals([
      item({ totalCostVnd: big, requestedSupportVnd: big }),
      item({ approvedSupportVnd: 250_000_000n }),
      item({ fundingLevel: 'KCQG', requestedSupportVnd: 400_000_000n, beneficiaryCount: 3 }),
    ]);
    expect(totals.bySource.KCDP.totals.items).toBe(2);
    expect(totals.bySource.KCDP.totals.totalCostVnd).toBe(big + 1_000_000_000n);
    expect(totals.bySource.KCDP.totals.approvedSupportVnd).toBe(250_000_000n);
    expect(totals.bySource.KCDP.totals.awaitingApproval).toBe(1);
    expect(totals.bySource.KCQG.totals.requestedSupportVnd).toBe(400_000_000n);
    expect(totals.bySource.KCQG.totals.facilities).toBe(3);
    expect(totals.all.items).toBe(3);
    expect(totals.all.requestedSupportVnd).toBe(big + 700_000_000n);
  });

  it('groups by programme group I–VI when the item names a target, else by top-level content', () => {
    const totals = computePlanTotals([
      item({ programmeGroup: { code: 'II', name: 'Sản phẩm tiêu biểu' } }),
      item({ programmeGroup: { code: 'I', name: 'Mô hình trình diễn' } }),
      item({ programmeGroup: { code: 'I', name: 'Mô hình trình diễn' } }),
      item({ contentCategory: { code: 'KC01', name: 'Đào tạo nghề' } }),
    ]);
    const groups = totals.bySource.KCDP.byGroup;
    expect(groups.map((g) => g.key)).toEqual(['G:I', 'G:II', 'C:KC01']);
    expect(groups[0]!.items).toBe(2);
    expect(groups[0]!.requestedSupportVnd).toBe(600_000_000n);
    expect(contentGroupOf(item({})).label).toBe('Nội dung KC03');
  });

  it('groups by former area, with places of unknown area last', () => {
    const totals = computePlanTotals([item({ area: null }), item({ area: 'Phía Đông' }), item({ area: 'Phía Tây' }), item({ area: 'Phía Tây' })]);
    const areas = totals.bySource.KCDP.byArea.map((a) => [a.label, a.items]);
    expect(areas).toEqual([
      ['Phía Đông', 1],
      ['Phía Tây', 2],
      [UNKNOWN_AREA, 1],
    ]);
  });

  it('every breakdown sums back to its source total', () => {
    const items = [
      item({ programmeGroup: { code: 'I', name: 'A' }, area: 'Phía Đông' }),
      item({ area: 'Phía Tây', requestedSupportVnd: 123n }),
      item({ fundingLevel: 'KCQG' }),
    ];
    const { KCDP } = computePlanTotals(items).bySource;
    const sum = (rows: { requestedSupportVnd: bigint }[]) => rows.reduce((s, r) => s + r.requestedSupportVnd, 0n);
    expect(sum(KCDP.byGroup)).toBe(KCDP.totals.requestedSupportVnd);
    expect(sum(KCDP.byArea)).toBe(KCDP.totals.requestedSupportVnd);
  });

  it('gives zeros for an empty list', () => {
    expect(sumItems([])).toMatchObject({ items: 0, totalCostVnd: 0n, approvedSupportVnd: 0n });
  });
});
