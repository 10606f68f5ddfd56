import { describe, expect, it } from 'vitest';
import type { ProgrammeAppendix } from './programme-appendix';
import { describeChange, diffAppendix } from './programme-diff';

const before: ProgrammeAppendix = {
  years: [2026, 2027],
  groups: [
    {
      code: 'I',
      name: 'Nhóm một',
      items: [
        { itemNo: '1', name: 'Mô hình', unit: 'Mô hình', values: [null, 1], statedTotal: 1 },
        { itemNo: '2', name: 'Máy móc', unit: 'Cơ sở', values: [3, 3], statedTotal: 6 },
      ],
    },
    { code: 'II', name: 'Nhóm hai', items: [] },
  ],
};

describe('what changed in an appendix', () => {
  it('names each changed cell with its old and new value', () => {
    const after = structuredClone(before);
    after.groups[0]!.items[1]! = { ...after.groups[0]!.items[1]!, unit: 'Lớp', values: [3, null], statedTotal: 9 };
    expect(diffAppendix(before, after).map(describeChange)).toEqual(['Sửa I.2 — ĐVT: Cơ sở → Lớp; Năm 2027: 3 → (trống); Tổng nội dung: 6 → 9']);
  });

  it('lists added and removed rows and groups', () => {
    const after = structuredClone(before);
    after.groups[0]!.items.splice(0, 1);
    after.groups[0]!.items.push({ itemNo: '3', name: 'Lớp học', unit: 'Lớp', values: [1, 1], statedTotal: 2 });
    after.groups.splice(1, 1);
    after.groups.push({ code: 'III', name: 'Nhóm ba', items: [] });
    expect(diffAppendix(before, after).map(describeChange)).toEqual([
      'Thêm I.3 — Lớp học',
      'Bỏ I.1 — Mô hình',
      'Thêm III — Nhóm ba',
      'Bỏ II — Nhóm hai',
    ]);
  });

  it('finds nothing when the tables are equal', () => {
    expect(diffAppendix(before, structuredClone(before))).toEqual([]);
  });
});
