import { describe, expect, it } from 'vitest';
import { formatVnd } from './money';
import { computeCostLines, type CostLineDraft } from './project-cost-lines';

const line = (overrides: Partial<CostLineDraft> = {}): CostLineDraft => ({
  item: 'Máy ép gạch',
  unit: 'chiếc',
  quantity: '2',
  unitPriceVnd: 150_000_000n,
  stateSupportVnd: 150_000_000n,
  counterpartVnd: 150_000_000n,
  otherVnd: 0n,
  facilityId: null,
  ...overrides,
});

describe('computeCostLines', () => {
  it('computes amounts on the server and sums the totals', () => {
    const result = computeCostLines(
      [line(), line({ item: 'Lắp đặt', quantity: '1.5', unitPriceVnd: 3_333_333n, stateSupportVnd: 0n, counterpartVnd: 4_000_000n, otherVnd: 1_000_000n })],
      [],
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.lines.map((l) => l.amountVnd)).toEqual([300_000_000n, 5_000_000n]);
    expect(result.totals).toEqual({ totalCostVnd: 305_000_000n, stateSupportVnd: 150_000_000n, counterpartVnd: 154_000_000n, otherFundingVnd: 1_000_000n });
    expect(result.lines.map((l) => l.sortOrder)).toEqual([1, 2]);
  });

  it('says which row does not add up, with the figures', () => {
    const result = computeCostLines([line(), line({ item: 'Vận chuyển', quantity: '1', unitPriceVnd: 10_000_000n, stateSupportVnd: 5_000_000n, counterpartVnd: 4_000_000n })], []);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors)).toEqual(['lines.1.stateSupportVnd']);
    expect(result.message).toBe(
      `Dòng 2 (Vận chuyển): ngân sách hỗ trợ + đối ứng + nguồn khác = ${formatVnd(9_000_000n)}, không bằng thành tiền ${formatVnd(10_000_000n)} (chênh ${formatVnd(1_000_000n)}).`,
    );
  });

  it('refuses more than two decimals and a facility that is not a beneficiary', () => {
    const result = computeCostLines([line({ quantity: '1.255' }), line({ facilityId: 99 })], [1, 2]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors['lines.0.quantity']).toMatch(/tối đa 2 chữ số thập phân/);
    expect(result.fieldErrors['lines.1.facilityId']).toMatch(/^Dòng 2 \(Máy ép gạch\): cơ sở được chọn/);
  });
});
