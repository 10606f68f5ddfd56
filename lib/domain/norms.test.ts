import { describe, expect, it } from 'vitest';
import { formatVnd } from './money';
import { checkSupportAgainstNorm, citeNorm, describeNorm, effectiveCeiling, normLinesOf, normSourceOf, selectNormInForce, type NormRule } from './norms';
import { normVerdict } from './money-checks';

const TT28 = 'Thông tư 28/2018/TT-BTC, Điều 8';

function norm(overrides: Partial<NormRule> = {}): NormRule {
  return {
    id: 1,
    provinceId: null,
    contentCategoryId: 34,
    fundingSource: 'KCQG',
    maxShareBp: 5000,
    ceilingVnd: 300_000_000n,
    ceilingScope: 'PER_FACILITY',
    priorityMultiplierBp: 15000,
    legalBasis: TT28,
    validFrom: new Date('2018-05-15'),
    validTo: null,
    ...overrides,
  };
}

const machine = (facilityId: number | null, amount: bigint, support: bigint) => ({ facilityId, amountVnd: amount, stateSupportVnd: support });

describe('checkSupportAgainstNorm', () => {
  it('refuses support above the cap, quoting the norm and its legal basis', () => {
    const result = checkSupportAgainstNorm({
      norm: norm(),
      priorityArea: false,
      facilities: [{ id: 7, name: 'Cơ sở cơ khí Hưng Thịnh' }],
      lines: [machine(null, 800_000_000n, 350_000_000n)],
    });
    expect(result.violations).toHaveLength(1);
    const message = result.violations[0]!.message;
    expect(message).toBe(
      `Hỗ trợ ${formatVnd(350_000_000n)} cho cơ sở Cơ sở cơ khí Hưng Thịnh vượt mức chi tối đa ${formatVnd(300_000_000n)} ` +
        `(50 % chi phí, tối đa ${formatVnd(300_000_000n)} mỗi cơ sở) theo ${TT28}`,
    );
    expect(message).toContain('350.000.000');
    expect(message).toContain('Thông tư 28/2018/TT-BTC, Điều 8');
  });

  it('applies the share of cost when it is lower than the ceiling', () => {
    const result = checkSupportAgainstNorm({
      norm: norm(),
      priorityArea: false,
      facilities: [{ id: 7, name: 'A' }],
      lines: [machine(7, 400_000_000n, 200_000_001n)],
    });
    expect(result.violations[0]!.capVnd).toBe(200_000_000n);
    expect(
      checkSupportAgainstNorm({ norm: norm(), priorityArea: false, facilities: [{ id: 7, name: 'A' }], lines: [machine(7, 400_000_000n, 200_000_000n)] })
        .violations,
    ).toEqual([]);
  });

  it('rounds a share cap down, so rounding never lets support exceed the norm', () => {
    const result = checkSupportAgainstNorm({
      norm: norm({ maxShareBp: 3000, ceilingVnd: null, ceilingScope: 'PER_PROJECT' }),
      priorityArea: false,
      facilities: [{ id: 1, name: 'A' }],
      lines: [machine(1, 1_000_001n, 300_001n)],
    });
    expect(result.shares[0]!.capVnd).toBe(300_000n);
    expect(result.violations).toHaveLength(1);
  });

  it('raises the ceiling, not the share, in a priority area', () => {
    const input = { norm: norm(), facilities: [{ id: 1, name: 'A' }], lines: [machine(1, 1_000_000_000n, 420_000_000n)] };
    expect(checkSupportAgainstNorm({ ...input, priorityArea: false }).violations).toHaveLength(1);
    expect(checkSupportAgainstNorm({ ...input, priorityArea: true }).violations).toEqual([]);
    expect(checkSupportAgainstNorm({ ...input, priorityArea: true }).shares[0]!.capVnd).toBe(450_000_000n);
    expect(describeNorm(norm(), true)).toContain('địa bàn ưu tiên: 1,5 lần');
  });

  it('checks each facility of a group đề án on its own lines', () => {
    const result = checkSupportAgainstNorm({
      norm: norm(),
      priorityArea: false,
      facilities: [
        { id: 1, name: 'Cơ sở A' },
        { id: 2, name: 'Cơ sở B' },
      ],
      lines: [machine(1, 500_000_000n, 240_000_000n), machine(2, 500_000_000n, 260_000_000n)],
    });
    expect(result.violations.map((v) => v.name)).toEqual(['Cơ sở B']);
    expect(result.violations[0]!.message).toContain('cho cơ sở Cơ sở B');
  });

  it('checks a per-project ceiling on the whole đề án', () => {
    const result = checkSupportAgainstNorm({
      norm: norm({ maxShareBp: 3000, ceilingVnd: 1_000_000_000n, ceilingScope: 'PER_PROJECT', legalBasis: 'TT 28 — mô hình trình diễn' }),
      priorityArea: false,
      facilities: [{ id: 1, name: 'A' }],
      lines: [machine(null, 5_000_000_000n, 1_200_000_000n)],
    });
    expect(result.violations).toHaveLength(1);
    expect(result.violations[0]!.message).toMatch(/^Hỗ trợ 1\.200\.000\.000\s₫ của đề án vượt mức chi tối đa 1\.000\.000\.000\s₫ \(30 % chi phí/);
    expect(result.violations[0]!.message).toContain('theo TT 28 — mô hình trình diễn');
  });
});

describe('selectNormInForce', () => {
  const q = { categoryIds: [34, 3], fundingSource: 'KCDP' as const, provinceId: 9, on: new Date('2026-03-01') };

  it('prefers the province norm, then the most specific category, and respects validity dates', () => {
    const national = norm({ id: 1, fundingSource: 'KCDP' });
    const provincial = norm({ id: 2, fundingSource: 'KCDP', provinceId: 9 });
    const otherProvince = norm({ id: 3, fundingSource: 'KCDP', provinceId: 10 });
    const expired = norm({ id: 4, fundingSource: 'KCDP', provinceId: 9, contentCategoryId: 34, validTo: new Date('2025-12-31') });
    const parent = norm({ id: 5, fundingSource: 'KCDP', provinceId: 9, contentCategoryId: 3 });
    expect(selectNormInForce([national, provincial, otherProvince, expired, parent], q)?.id).toBe(2);
    expect(selectNormInForce([national, otherProvince, expired, parent], q)?.id).toBe(1);
    expect(selectNormInForce([parent, otherProvince], q)?.id).toBe(5);
    expect(selectNormInForce([expired, otherProvince], q)).toBeNull();
    expect(selectNormInForce([national], { ...q, fundingSource: 'KCQG' })).toBeNull();
  });

  it('picks the norm with the latest start when a newer one replaces it, and the lower cap on a tie', () => {
    const old = norm({ id: 1, fundingSource: 'KCDP', validFrom: new Date('2018-01-01') });
    const newer = norm({ id: 2, fundingSource: 'KCDP', validFrom: new Date('2025-10-15'), ceilingVnd: 350_000_000n });
    expect(selectNormInForce([old, newer], q)?.id).toBe(2);
    expect(selectNormInForce([old, newer], { ...q, on: new Date('2025-10-14') })?.id).toBe(1);
    const regional = norm({ id: 3, fundingSource: 'KCDP', ceilingVnd: 200_000_000n, ceilingScope: 'PER_ROUND' });
    const national = norm({ id: 4, fundingSource: 'KCDP', ceilingVnd: 400_000_000n, ceilingScope: 'PER_ROUND' });
    expect(selectNormInForce([national, regional], q)?.id).toBe(3);
  });
});

describe('norm words and edges', () => {
  it('takes the KCQG norm for a national đề án and the local one otherwise', () => {
    expect(normSourceOf('KCQG')).toBe('KCQG');
    expect(normSourceOf('KCDP')).toBe('KCDP');
  });

  it('describes a norm with and without its priority multiplier, or says there is no cap', () => {
    expect(describeNorm(norm())).toBe(`50 % chi phí, tối đa ${formatVnd(300_000_000n)} mỗi cơ sở`);
    expect(describeNorm(norm(), true)).toBe(`50 % chi phí, tối đa ${formatVnd(450_000_000n)} mỗi cơ sở (địa bàn ưu tiên: 1,5 lần)`);
    expect(describeNorm(norm({ maxShareBp: null, ceilingScope: 'PER_PROJECT' }))).toBe(`tối đa ${formatVnd(300_000_000n)} mỗi đề án`);
    expect(describeNorm(norm({ maxShareBp: null, ceilingVnd: null }))).toBe('không quy định mức tối đa');
    expect(effectiveCeiling(norm({ ceilingVnd: null }), true)).toBeNull();
    expect(effectiveCeiling(norm({ priorityMultiplierBp: null }), true)).toBe(300_000_000n);
  });

  it('cites the legal basis with its validity', () => {
    expect(citeNorm(norm())).toBe(`${TT28} (hiệu lực từ 15/05/2018)`);
    expect(citeNorm(norm({ validTo: new Date('2025-10-14') }))).toBe(`${TT28} (hiệu lực từ 15/05/2018 đến 14/10/2025)`);
  });

  it('counts a norm in force on its first and last day, not a day outside', () => {
    const bounded = norm({ validFrom: new Date('2026-01-01'), validTo: new Date('2026-12-31') });
    const q = (on: string) => selectNormInForce([bounded], { categoryIds: [34], fundingSource: 'KCQG', provinceId: 1, on: new Date(on) });
    expect(q('2026-01-01T00:00:00Z')).toBe(bounded);
    expect(q('2026-12-31T23:59:59Z')).toBe(bounded);
    expect(q('2025-12-31T23:59:59Z')).toBeNull();
    expect(q('2027-01-01T00:00:00Z')).toBeNull();
  });

  it('on a full tie keeps the lower cap, an uncapped norm last, then the older record', () => {
    const on = new Date('2026-06-01');
    const pick = (norms: NormRule[]) => selectNormInForce(norms, { categoryIds: [34], fundingSource: 'KCQG', provinceId: 1, on })?.id;
    const low = norm({ id: 5, ceilingVnd: 100_000_000n });
    const high = norm({ id: 2, ceilingVnd: 200_000_000n });
    const none = norm({ id: 1, ceilingVnd: null });
    expect(pick([high, none, low])).toBe(5);
    expect(pick([none, high])).toBe(2);
    expect(pick([norm({ id: 9 }), norm({ id: 3 })])).toBe(3);
    expect(pick([norm({ id: 3 }), norm({ id: 9 })])).toBe(3);
  });
});

describe('normLinesOf: what a đề án is checked on', () => {
  const single = [{ id: 7, name: 'Cơ sở cơ khí Hưng Thịnh' }];

  it('checks the estimate once there is one, whatever was typed before', () => {
    const lines = [machine(null, 600_000_000n, 300_000_000n)];
    expect(normLinesOf({ costLines: lines, totalCostVnd: 20_000_000_006n, stateSupportVnd: 10_000_000_003n, approvedSupportVnd: 10_000_000_003n })).toEqual({ basis: 'estimate', lines });
  });

  it("checks a plan-decision đề án without estimate on its decided support: 10.000.000.003 ₫ is over a 300.000.000 ₫ cap, never 'within'", () => {
    const { basis, lines } = normLinesOf({ costLines: [], totalCostVnd: 20_000_000_006n, stateSupportVnd: 10_000_000_003n, approvedSupportVnd: 10_000_000_003n });
    expect(basis).toBe('proposal');
    const check = checkSupportAgainstNorm({ norm: norm(), priorityArea: false, facilities: single, lines });
    expect(normVerdict(check)).toBe('over');
    expect(check.violations[0]!.message).toContain(`Hỗ trợ ${formatVnd(10_000_000_003n)} cho cơ sở Cơ sở cơ khí Hưng Thịnh vượt mức chi tối đa ${formatVnd(300_000_000n)}`);
  });

  it('uses the decided support, not the requested one, and the cap to the đồng', () => {
    const at = (approved: bigint) =>
      checkSupportAgainstNorm({ norm: norm(), priorityArea: false, facilities: single, lines: normLinesOf({ costLines: [], totalCostVnd: 1_000_000_000n, stateSupportVnd: 400_000_000n, approvedSupportVnd: approved }).lines });
    expect(normVerdict(at(300_000_000n))).toBe('within');
    expect(normVerdict(at(300_000_001n))).toBe('over');
  });

  it('has nothing to check on a draft without estimate', () => {
    expect(normLinesOf({ costLines: [], totalCostVnd: 0n, stateSupportVnd: 0n, approvedSupportVnd: null })).toEqual({ basis: 'estimate', lines: [] });
  });
});
