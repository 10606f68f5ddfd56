import { describe, expect, it } from 'vitest';
import { issueText } from './programme-appendix-rules';
import { parseAppendixRows, parseQuantityCell, type RawAppendixRow } from './programme-import';

const years = [2026, 2027];
const row = (n: number, tt: string | number | null, name: string | null, unit: string | null, values: (string | number | null)[], total: string | number | null): RawAppendixRow => ({
  row: n,
  tt,
  name,
  unit,
  values,
  total,
});

describe('a quantity cell', () => {
  it('accepts whole numbers typed as numbers or text, and dashes as empty', () => {
    expect(parseQuantityCell(12)).toEqual({ ok: true, value: 12 });
    expect(parseQuantityCell('1.200')).toEqual({ ok: true, value: 1200 });
    expect(parseQuantityCell(' 35 ')).toEqual({ ok: true, value: 35 });
    expect(parseQuantityCell('-')).toEqual({ ok: true, value: null });
    expect(parseQuantityCell(null)).toEqual({ ok: true, value: null });
  });

  it('refuses text, decimals, negatives and uncalculated formulas with the value in the message', () => {
    expect(parseQuantityCell('khoảng 10')).toEqual({ ok: false, message: '"khoảng 10" không phải là số' });
    expect(parseQuantityCell(2.5)).toEqual({ ok: false, message: '2,5 không phải số nguyên' });
    expect(parseQuantityCell(-1)).toEqual({ ok: false, message: 'số âm (-1) không hợp lệ' });
    expect(parseQuantityCell('=SUM(D7:H7)')).toMatchObject({ ok: false, message: expect.stringMatching(/chưa có kết quả/) });
  });
});

describe('rows of a sheet', () => {
  it('builds groups and items, skipping empty rows', () => {
    const result = parseAppendixRows({
      sheetName: 'Phụ lục',
      years,
      rows: [row(7, 'I', 'Nhóm một', null, [null, null], null), row(8, null, null, null, [null, null], null), row(9, '1.', 'Mô hình', 'mô hình', [1, '2'], 3)],
    });
    expect(result.errors).toBe(0);
    expect(result.appendix).toEqual({ years, groups: [{ code: 'I', name: 'Nhóm một', items: [{ itemNo: '1', name: 'Mô hình', unit: 'Mô hình', values: [1, 2], statedTotal: 3 }] }] });
    expect(result.rows.map((r) => r.row)).toEqual([7, 9]);
  });

  it('blocks an item before the first group, a row without TT and a group row with figures', () => {
    const result = parseAppendixRows({
      sheetName: 'Phụ lục',
      years,
      rows: [row(7, 1, 'Mồ côi', 'Lớp', [1, null], 1), row(8, 'II', 'Nhóm', 'Lớp', [null, null], 4), row(9, null, 'Ghi chú cuối bảng', null, [null, null], null)],
    });
    expect(result.issues.map(issueText)).toEqual([
      'Dòng 7, cột TT: chỉ tiêu nằm trước dòng nhóm đầu tiên (I, II, …)',
      'Dòng 8: dòng nhóm chỉ ghi mã và tên nhóm, không ghi ĐVT hay số liệu',
      'Dòng 9, cột TT: thiếu số thứ tự (TT)',
    ]);
  });

  it('does not compare totals when a cell could not be read', () => {
    const result = parseAppendixRows({ sheetName: 'P', years, rows: [row(7, 'I', 'Nhóm', null, [null, null], null), row(8, 1, 'A', 'Lớp', ['x', 1], 5)] });
    expect(result.issues.map((i) => i.severity)).toEqual(['error']);
  });

  it('blocks a sheet without any group', () => {
    const result = parseAppendixRows({ sheetName: 'Phụ lục', years, rows: [] });
    expect(result.issues.map(issueText)).toEqual(['Trang tính "Phụ lục": không có dòng nhóm (I, II, …) nào dưới dòng tiêu đề']);
  });
});
