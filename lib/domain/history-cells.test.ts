import { describe, expect, it } from 'vitest';
import { countCell, isEmptyCell, moneyCell, nameKey, sourceCell, textCell, yearCell } from './history-cells';

describe('history cells: empty and text', () => {
  it('treats null, blank text and dash marks as empty, but not zero', () => {
    for (const cell of [null, '', '   ', '-', '–', '—', ' - ']) expect(isEmptyCell(cell)).toBe(true);
    for (const cell of [0, '0', 'a', '--']) expect(isEmptyCell(cell)).toBe(false);
  });

  it('reads text trimmed, numbers as text, and empty marks as nothing', () => {
    expect(textCell('  Cơ sở A  ')).toBe('Cơ sở A');
    expect(textCell(5)).toBe('5');
    expect(textCell(0)).toBe('0');
    expect(textCell('—')).toBe('');
    expect(textCell(null)).toBe('');
  });
});

describe('history cells: money', () => {
  it('reads an empty cell as the given default', () => {
    expect(moneyCell(null, null)).toEqual({ ok: true, value: null });
    expect(moneyCell('-', 0n)).toEqual({ ok: true, value: 0n });
  });

  it('accepts whole numbers, zero and the largest safe integer', () => {
    expect(moneyCell(1_500_000, null)).toEqual({ ok: true, value: 1_500_000n });
    expect(moneyCell(0, null)).toEqual({ ok: true, value: 0n });
    expect(moneyCell(Number.MAX_SAFE_INTEGER, null)).toEqual({ ok: true, value: 9007199254740991n });
  });

  it('refuses a decimal, an unsafe integer and a negative number', () => {
    expect(moneyCell(10.5, null)).toEqual({ ok: false, message: '10,5 không phải số nguyên đồng' });
    expect(moneyCell(Number.MAX_SAFE_INTEGER + 1, null)).toEqual({ ok: false, message: '9007199254740992 không phải số nguyên đồng' });
    expect(moneyCell(-1, null)).toEqual({ ok: false, message: 'số tiền âm không hợp lệ' });
  });

  it('accepts text with dots, spaces, non-breaking spaces and a currency suffix', () => {
    expect(moneyCell('1.500.000', null)).toEqual({ ok: true, value: 1_500_000n });
    expect(moneyCell('123.456', null)).toEqual({ ok: true, value: 123_456n });
    expect(moneyCell('1 500 000', null)).toEqual({ ok: true, value: 1_500_000n });
    expect(moneyCell('1\u00a0500\u00a0000', null)).toEqual({ ok: true, value: 1_500_000n });
    expect(moneyCell('1500000', null)).toEqual({ ok: true, value: 1_500_000n });
    expect(moneyCell('  42  ', null)).toEqual({ ok: true, value: 42n });
    expect(moneyCell('1.500.000 đồng', null)).toEqual({ ok: true, value: 1_500_000n });
    expect(moneyCell('1.500.000đ', null)).toEqual({ ok: true, value: 1_500_000n });
    expect(moneyCell('1500000₫', null)).toEqual({ ok: true, value: 1_500_000n });
  });

  it('refuses an uncomputed formula, saying to save it in Excel', () => {
    expect(moneyCell('=SUM(A1:A3)', null)).toEqual({ ok: false, message: 'công thức "=SUM(A1:A3)" chưa có kết quả; hãy mở tệp bằng Excel và lưu lại' });
  });

  it('refuses misplaced dots, commas and signs with an example', () => {
    for (const raw of ['1.50.000', '1234.567', '1,5', '-5', 'abc', '1.500.000 USD']) {
      expect(moneyCell(raw, null)).toEqual({ ok: false, message: `"${raw}" không phải số tiền nguyên đồng (ví dụ 1.500.000)` });
    }
  });

  it('accepts 18 digits and refuses 19', () => {
    expect(moneyCell('999999999999999999', null)).toEqual({ ok: true, value: 999_999_999_999_999_999n });
    expect(moneyCell('1000000000000000000', null)).toEqual({ ok: false, message: 'số tiền quá lớn' });
    expect(moneyCell('1.000.000.000.000.000.000', null)).toEqual({ ok: false, message: 'số tiền quá lớn' });
  });
});

describe('history cells: counts', () => {
  it('reads empty as the default, as a number', () => {
    expect(countCell(null, null)).toEqual({ ok: true, value: null });
    expect(countCell('', 0)).toEqual({ ok: true, value: 0 });
    expect(countCell('12', null)).toEqual({ ok: true, value: 12 });
    expect(countCell(3, null)).toEqual({ ok: true, value: 3 });
  });

  it('accepts one million and refuses one more', () => {
    expect(countCell(1_000_000, null)).toEqual({ ok: true, value: 1_000_000 });
    expect(countCell(1_000_001, null)).toEqual({ ok: false, message: 'số lượng quá lớn' });
    expect(countCell('1.000.001', null)).toEqual({ ok: false, message: 'số lượng quá lớn' });
  });

  it('says "số nguyên" rather than money for wrong text, and keeps other reasons', () => {
    expect(countCell('1,5', null)).toEqual({ ok: false, message: '"1,5" không phải số nguyên' });
    expect(countCell(-2, null)).toEqual({ ok: false, message: 'số tiền âm không hợp lệ' });
    expect(countCell(2.5, null)).toEqual({ ok: false, message: '2,5 không phải số nguyên đồng' });
  });
});

describe('history cells: years', () => {
  it('accepts 2000 and 2100, refuses 1999 and 2101', () => {
    expect(yearCell(2000)).toEqual({ ok: true, value: 2000 });
    expect(yearCell('2100')).toEqual({ ok: true, value: 2100 });
    expect(yearCell(1999)).toEqual({ ok: false, message: 'năm 1999 nằm ngoài 2000–2100' });
    expect(yearCell(2101)).toEqual({ ok: false, message: 'năm 2101 nằm ngoài 2000–2100' });
  });

  it('reads empty as nothing and prefixes the count reason with "năm"', () => {
    expect(yearCell(null)).toEqual({ ok: true, value: null });
    expect(yearCell('abc')).toEqual({ ok: false, message: 'năm "abc" không phải số nguyên' });
    expect(yearCell(2_000_000)).toEqual({ ok: false, message: 'năm số lượng quá lớn' });
  });
});

describe('history cells: source', () => {
  it('accepts KCQG and KCĐP with or without diacritics, any case, with spaces', () => {
    expect(sourceCell('KCQG')).toEqual({ ok: true, value: 'KCQG' });
    expect(sourceCell(' kcqg ')).toEqual({ ok: true, value: 'KCQG' });
    expect(sourceCell('KCĐP')).toEqual({ ok: true, value: 'KCDP' });
    expect(sourceCell('kcđp')).toEqual({ ok: true, value: 'KCDP' });
    expect(sourceCell('KCDP')).toEqual({ ok: true, value: 'KCDP' });
    expect(sourceCell('KC ĐP')).toEqual({ ok: true, value: 'KCDP' });
  });

  it('reads empty as nothing and refuses any other source naming it as typed', () => {
    expect(sourceCell(null)).toEqual({ ok: true, value: null });
    expect(sourceCell('-')).toEqual({ ok: true, value: null });
    expect(sourceCell(' kc tw ')).toEqual({ ok: false, message: 'nguồn "kc tw" phải là KCQG hoặc KCĐP' });
    expect(sourceCell(5)).toEqual({ ok: false, message: 'nguồn "5" phải là KCQG hoặc KCĐP' });
  });
});

describe('history cells: name keys', () => {
  it('drops diacritics, case, the xã/phường/đặc khu prefix and extra spaces', () => {
    expect(nameKey('Xã Nam Sách')).toBe('nam sach');
    expect(nameKey('Phường  Lê   Thanh Nghị ')).toBe('le thanh nghi');
    expect(nameKey('Đặc khu Bạch Long Vĩ')).toBe('bach long vi');
    expect(nameKey('ĐÔNG')).toBe('dong');
    expect(nameKey('Xanh')).toBe('xanh');
  });
});
