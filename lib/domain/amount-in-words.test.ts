import { describe, expect, it } from 'vitest';
import { amountInWords } from './amount-in-words';

// Written by hand, as an accountant reads them.
const TABLE: [bigint, string][] = [
  [0n, 'Không đồng'],
  [1n, 'Một đồng'],
  [5n, 'Năm đồng'],
  [10n, 'Mười đồng'],
  [11n, 'Mười một đồng'],
  [14n, 'Mười bốn đồng'],
  [15n, 'Mười lăm đồng'],
  [21n, 'Hai mươi mốt đồng'],
  [24n, 'Hai mươi tư đồng'],
  [25n, 'Hai mươi lăm đồng'],
  [105n, 'Một trăm linh năm đồng'],
  [110n, 'Một trăm mười đồng'],
  [1_000n, 'Một nghìn đồng chẵn'],
  [1_005n, 'Một nghìn không trăm linh năm đồng'],
  [1_000_005n, 'Một triệu không trăm linh năm đồng'],
  [2_010_000n, 'Hai triệu không trăm mười nghìn đồng chẵn'],
  [120_000_000n, 'Một trăm hai mươi triệu đồng chẵn'],
  [305_041_000n, 'Ba trăm linh năm triệu không trăm bốn mươi mốt nghìn đồng chẵn'],
  [15_000_000_000n, 'Mười lăm tỷ đồng chẵn'],
  [10_000_000_003n, 'Mười tỷ không trăm linh ba đồng'],
  [999_999_999_999n, 'Chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng'],
  [1_000_000_000_000n, 'Một nghìn tỷ đồng chẵn'],
];

describe('amountInWords', () => {
  it.each(TABLE)('%s → %s', (amount, words) => {
    expect(amountInWords(amount)).toBe(words);
  });

  it('refuses a negative amount', () => {
    expect(() => amountInWords(-1n)).toThrow(RangeError);
  });
});
