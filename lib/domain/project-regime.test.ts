import { describe, expect, it } from 'vitest';
import { ND235_IN_FORCE, REGIME_LABELS, regimeOn } from './project-regime';

describe('regimeOn', () => {
  it('keeps Nghị định 45/2012 up to the day before 15/10/2025 and applies 235/2025 from that day', () => {
    expect(ND235_IN_FORCE).toBe('2025-10-15');
    expect(regimeOn(new Date('2025-10-14T23:59:59Z'))).toBe('ND45_2012');
    expect(regimeOn(new Date('2025-10-15T00:00:00Z'))).toBe('ND235_2025');
    expect(REGIME_LABELS.ND45_2012).toContain('45/2012');
  });
});
