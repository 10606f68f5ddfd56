import { describe, expect, it } from 'vitest';
import { normVerdict, sourcesVerdict } from './money-checks';

describe('verdicts beside money being entered', () => {
  it('gives no "khớp" on an empty form', () => {
    expect(sourcesVerdict('', ['', '', ''])).toEqual({ kind: 'empty' });
    expect(sourcesVerdict(undefined, [undefined, undefined, undefined])).toEqual({ kind: 'empty' });
    expect(sourcesVerdict('0', ['', '0', ''])).toEqual({ kind: 'empty' });
  });

  it('says match or mismatch once figures are typed', () => {
    expect(sourcesVerdict('1.000.000', ['600.000', '400.000', ''])).toEqual({ kind: 'match', sumVnd: 1_000_000n });
    expect(sourcesVerdict('1.000.000', ['600.000', '', ''])).toEqual({ kind: 'mismatch', sumVnd: 600_000n, totalVnd: 1_000_000n });
    expect(sourcesVerdict('1.000.000', ['abc', '', '']).kind).toBe('unreadable');
  });

  it('says "within the norm" only when some support has been estimated', () => {
    expect(normVerdict({ shares: [], violations: [] })).toBe('nothing');
    expect(normVerdict({ shares: [{ facilityId: null, name: 'Đề án', costVnd: 0n, supportVnd: 0n, capVnd: 300_000_000n }], violations: [] })).toBe('nothing');
    expect(normVerdict({ shares: [{ facilityId: 1, name: 'Cơ sở', costVnd: 500n, supportVnd: 100n, capVnd: 250n }], violations: [] })).toBe('within');
  });
});
