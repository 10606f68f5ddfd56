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
