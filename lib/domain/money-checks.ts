// Verdicts shown beside money while it is being entered. A verdict says "khớp" or "trong mức chi"
// only about figures someone has entered: an empty form gets no verdict at all, never a green one.
import { parseVnd, sumVnd, type Vnd } from './money';
import type { NormCheck } from './norms';

export type SourcesVerdict =
  | { kind: 'empty' }
  | { kind: 'unreadable' }
  | { kind: 'match'; sumVnd: Vnd }
  | { kind: 'mismatch'; sumVnd: Vnd; totalVnd: Vnd };

function read(value: unknown): Vnd | null | 'blank' {
  if (value === undefined || value === null || String(value).trim() === '') return 'blank';
  try {
    return parseVnd(String(value));
  } catch {
    return null;
  }
}

/** Do support + counterpart + other add up to the total, as typed so far? */
export function sourcesVerdict(total: unknown, parts: readonly unknown[]): SourcesVerdict {
  const values = [total, ...parts].map(read);
  if (values.every((v) => v === 'blank')) return { kind: 'empty' };
  if (values.some((v) => v === null)) return { kind: 'unreadable' };
  const [t, ...p] = values.map((v) => (v === 'blank' ? 0n : (v as Vnd)));
  if (t === 0n && p.every((x) => x === 0n)) return { kind: 'empty' };
  const sum = sumVnd(p);
  return sum === t ? { kind: 'match', sumVnd: sum } : { kind: 'mismatch', sumVnd: sum, totalVnd: t! };
}

/**
 * A norm check as shown: 'nothing' when no support has been estimated yet (no cost line, or only
 * zero support) — there is nothing to be "within" the norm; 'over' when a cap is exceeded.
 */
export function normVerdict(check: Pick<NormCheck, 'shares' | 'violations'>): 'nothing' | 'within' | 'over' {
  if (check.violations.length > 0) return 'over';
  return check.shares.some((s) => s.supportVnd > 0n) ? 'within' : 'nothing';
}
