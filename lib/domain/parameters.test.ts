import { describe, expect, it } from 'vitest';
import { parameterKind, parameterProblem, wholeNumberParameter } from './parameters';

describe('typed parameter values', () => {
  it('types a value by its key', () => {
    expect(parameterKind('TREASURY_CONTRACT_FILING_THRESHOLD_VND')).toBe('WHOLE_NUMBER');
    expect(parameterKind('SETTLEMENT_DOSSIER_DAYS')).toBe('WHOLE_NUMBER');
    expect(parameterKind('TREASURY_ADVANCE_CEILING_BP')).toBe('BASIS_POINTS');
    expect(parameterKind('KCQG_SUBMISSION_DEADLINE')).toBe('MONTH_DAY');
    expect(parameterKind('SOMETHING')).toBe('TEXT');
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
