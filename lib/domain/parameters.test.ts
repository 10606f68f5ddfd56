import { describe, expect, it } from 'vitest';
import { parameterKind, parameterProblem, wholeNumberParameter } from './parameters';

describe('typed parameter values', () => {
  it.each([
    ['TREASURY_CONTRACT_FILING_THRESHOLD_VND', 'WHOLE_NUMBER'],
    ['SETTLEMENT_DOSSIER_DAYS', 'WHOLE_NUMBER'],
    ['TREASURY_ADVANCE_CEILING_BP', 'BASIS_POINTS'],
    ['KCQG_SUBMISSION_DEADLINE', 'MONTH_DAY'],
    ['SOMETHING', 'TEXT'],
  ])('types the value of %s by its key: %s', (key, kind) => {
    expect(parameterKind(key)).toBe(kind);
  });

  it('refuses what would not parse, with a Vietnamese reason', () => {
    expect(parameterProblem('X_VND', '50000000')).toBeNull();
    expect(parameterProblem('X_VND', '50.000.000')).toMatch(/số nguyên/);
    expect(parameterProblem('X_VND', '-1')).not.toBeNull();
    expect(parameterProblem('X_BP', '10000')).toBeNull();
    expect(parameterProblem('X_BP', '10001')).toMatch(/10000/);
    expect(parameterProblem('X_DEADLINE', '06-20')).toBeNull();
    expect(parameterProblem('X_DEADLINE', '20/06')).toMatch(/tháng-ngày/);
    expect(parameterProblem('X', ' ')).not.toBeNull();
  });

  it('reads whole numbers as bigint and nothing else', () => {
    expect(wholeNumberParameter('X_VND', '50000000')).toBe(50_000_000n);
    expect(wholeNumberParameter('X_BP', '7000')).toBe(7000n);
    expect(wholeNumberParameter('X_VND', 'abc')).toBeNull();
    expect(wholeNumberParameter('X_DEADLINE', '06-20')).toBeNull();
  });
});
