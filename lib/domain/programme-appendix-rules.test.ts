import { describe, expect, it } from 'vitest';
import { countBySeverity, issueText, validateAppendix, withCanonicalUnits } from './programme-appendix-rules';
import type { ProgrammeAppendix } from './programme-appendix';

const base = (): ProgrammeAppendix => ({
  years: [2026, 2027],
  groups: [
    {
      code: 'I',
      name: 'Nhóm một',
      items: [
        { itemNo: '1', name: 'Mô hình trình diễn', unit: 'Mô hình', values: [1, 1], statedTotal: 2 },
        { itemNo: '2', name: 'Máy móc thiết bị', unit: 'cơ sở', values: [2, 3], statedTotal: 9 },
      ],
    },
  ],
});

describe('an appendix edited in the table', () => {
  it('warns about a total that differs from its years, without blocking', () => {
    const issues = validateAppendix(base());
    expect(issues.map(issueText)).toEqual(['Mục I.2, cột Tổng nội dung: Tổng ghi (9) khác tổng các năm (5); giữ nguyên như văn bản']);
    expect(countBySeverity(issues)).toEqual({ errors: 0, warnings: 1 });
  });

  it('blocks unknown units, duplicates, negative numbers and wrong codes', () => {
    const a = base();
    a.groups[0]!.items.push({ itemNo: '1', name: 'mô hình  trình diễn', unit: 'Cái', values: [-1, null], statedTotal: null });
    a.groups.push({ code: 'i', name: '', items: [] });
    const errors = validateAppendix(a).filter((i) => i.severity === 'error').map(issueText);
    expect(errors).toEqual(
      expect.arrayContaining([
        'Mục I.1, cột ĐVT: đơn vị tính "Cái" không có trong danh mục ĐVT',
        'Mục I.1, cột Năm 2026: số lượng phải là số nguyên từ 0 đến 1000000000',
        'Mục I.1, cột TT: chỉ tiêu I.1 trùng số thứ tự với mục I.1',
        'Mục I.1, cột Nội dung: trùng nội dung với mục I.1 trong nhóm I',
        'Nhóm i, cột TT: mã nhóm phải là số La Mã (I, II, …)',
        'Nhóm i, cột TT: nhóm I trùng với nhóm I',
        'Nhóm i, cột Nội dung: thiếu tên nhóm',
      ]),
    );
  });

  it('blocks a row with the wrong number of years', () => {
    const a = base();
    a.groups[0]!.items[0]!.values = [1];
    expect(validateAppendix(a).map(issueText)).toContain('Mục I.1: có 1 cột năm, bảng có 2 năm');
  });

  it('spells units as the list does before saving', () => {
    expect(withCanonicalUnits(base()).groups[0]!.items[1]!.unit).toBe('Cơ sở');
  });
});

describe('each rule of an appendix, one at a time', () => {
  const one = (item: Partial<ProgrammeAppendix['groups'][number]['items'][number]>, code = 'II') => {
    const a: ProgrammeAppendix = {
      years: [2026, 2027],
      groups: [{ code, name: 'Nhóm hai', items: [{ itemNo: '3', name: 'Hội chợ', unit: 'Hội chợ', values: [1, 2], statedTotal: 3, ...item }] }],
    };
    return validateAppendix(a).map(issueText);
  };

  it('accepts a clean item, with a stated total or without one', () => {
    expect(one({})).toEqual([]);
    expect(one({ values: [null, null], statedTotal: null })).toEqual([]);
    expect(one({ values: [0, 1_000_000_000], statedTotal: 1_000_000_000 })).toEqual([]);
  });

  it('names a missing or too long content, and a missing unit', () => {
    expect(one({ name: '   ' })).toEqual(['Mục II.3, cột Nội dung: thiếu nội dung chỉ tiêu']);
    expect(one({ name: 'x'.repeat(1000) })).toEqual([]);
    expect(one({ name: 'x'.repeat(1001) })).toEqual(['Mục II.3, cột Nội dung: nội dung dài quá 1000 ký tự']);
    expect(one({ unit: '  ' })).toEqual(['Mục II.3, cột ĐVT: thiếu đơn vị tính']);
    expect(one({ unit: null as unknown as string })).toEqual(['Mục II.3, cột ĐVT: thiếu đơn vị tính']);
  });

  it('names a wrong number of year columns, a fractional or too large quantity and a bad total', () => {
    expect(one({ values: [1, 2, 0] })).toEqual(['Mục II.3: có 3 cột năm, bảng có 2 năm']);
    expect(one({ values: [1.5, 1], statedTotal: 2.5 })).toContain('Mục II.3, cột Năm 2026: số lượng phải là số nguyên từ 0 đến 1000000000');
    expect(one({ values: [1, 1_000_000_001], statedTotal: 1_000_000_002 })).toContain('Mục II.3, cột Năm 2027: số lượng phải là số nguyên từ 0 đến 1000000000');
    expect(one({ statedTotal: -3 })).toEqual(
      expect.arrayContaining(['Mục II.3, cột Tổng nội dung: tổng phải là số nguyên từ 0 đến 1000000000']),
    );
  });

  it('wants Roman group codes and numeric item numbers (1, 1.2), and at least one group', () => {
    expect(one({}, 'IV')).toEqual([]);
    expect(one({}, 'I V')).toContain('Nhóm I V, cột TT: mã nhóm phải là số La Mã (I, II, …)');
    expect(one({}, 'XA')).toContain('Nhóm XA, cột TT: mã nhóm phải là số La Mã (I, II, …)');
    expect(one({ itemNo: '3.12' })).toEqual([]);
    expect(one({ itemNo: 'a3' })).toEqual(['Mục II.a3, cột TT: số thứ tự phải là số (1, 2, …)']);
    expect(one({ itemNo: '3a' })).toEqual(['Mục II.3a, cột TT: số thứ tự phải là số (1, 2, …)']);
    expect(one({ itemNo: '3.a' })).toEqual(['Mục II.3.a, cột TT: số thứ tự phải là số (1, 2, …)']);
    expect(validateAppendix({ years: [2026], groups: [] }).map(issueText)).toEqual(['Phụ lục: chưa có nhóm nội dung nào']);
  });

  it('counts errors and warnings apart', () => {
    const issue = (severity: 'error' | 'warning') => ({ row: null, where: 'Mục I.1', column: null, severity, message: 'x' });
    expect(countBySeverity([issue('error'), issue('warning'), issue('error')])).toEqual({ errors: 2, warnings: 1 });
    expect(countBySeverity([])).toEqual({ errors: 0, warnings: 0 });
    expect(issueText(issue('error'))).toBe('Mục I.1: x');
  });

  it('tidies codes, names and units after validation without touching the original', () => {
    const a: ProgrammeAppendix = { years: [2026], groups: [{ code: ' ii ', name: ' Nhóm ', items: [{ itemNo: ' 1 ', name: ' Lớp học ', unit: 'lớp', values: [1], statedTotal: 1 }] }] };
    const tidy = withCanonicalUnits(a);
    expect(tidy).toEqual({ years: [2026], groups: [{ code: 'II', name: 'Nhóm', items: [{ itemNo: '1', name: 'Lớp học', unit: 'Lớp', values: [1], statedTotal: 1 }] }] });
    expect(tidy.years).not.toBe(a.years);
    expect(tidy.groups[0]!.items[0]!.values).not.toBe(a.groups[0]!.items[0]!.values);
  });
});
