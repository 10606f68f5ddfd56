// Money fields of every form: typed text ("1.500.000", "1 500 000 đ") in, bigint whole đồng out.
// Parsing itself is lib/domain/money.ts's; this only turns its errors into field messages.
import { z } from './z';
import { MoneyParseError, parseVnd } from '@/lib/domain/money';

function vnd(requiredMessage: string | null) {
  return z.union([z.string(), z.number(), z.bigint()]).transform((value, ctx) => {
    if (typeof value === 'string' && value.trim() === '') {
      if (requiredMessage === null) return 0n;
      ctx.addIssue({ code: 'custom', message: requiredMessage });
      return z.NEVER;
    }
    try {
      return parseVnd(value);
    } catch (error) {
      if (!(error instanceof MoneyParseError)) throw error;
      ctx.addIssue({ code: 'custom', message: error.message });
      return z.NEVER;
    }
  });
}

/** A required amount in whole đồng; `message` says which amount is missing. */
export const vndInput = (message = 'Nhập số tiền') => vnd(message);
/** An amount that defaults to 0 when left empty (counterpart, other co-funding). */
export const vndOrZero = z.preprocess((v) => (v === undefined || v === null ? '' : v), vnd(null));
/** An amount that may be left empty: '' → null. */
export const optionalVnd = z.preprocess((v) => (v === '' || v === undefined || v === null ? null : v), vnd('Nhập số tiền').nullable());
