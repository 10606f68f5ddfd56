import { describe, expect, it } from 'vitest';
import { bpToPercent, escapeLike, formatBasisPoints } from './format';

describe('basis points, in one place', () => {
  it('shows a share as Vietnamese percent', () => {
    expect(bpToPercent(5000)).toBe('50');
    expect(bpToPercent(3333)).toBe('33,33');
    expect(formatBasisPoints(7000)).toBe('70 %');
  });
});

describe('LIKE escaping, in one place', () => {
  it('makes %, _ and \\ match themselves', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
    expect(escapeLike('máy ép')).toBe('máy ép');
  });
});
