import { describe, expect, it } from 'vitest';
import { type HistoryReference, parseHistoryRows } from './history-import';

const ref: HistoryReference = {
  contents: new Map([['KC03.4', 34], ['KC04.1', 41]]),
  adminUnits: new Map([['nam sach', { id: 7, area: 'Phía Tây' }], ['thuy nguyen', { id: 9, area: 'Phía Đông' }]]),
  areas: ['Phía Đông', 'Phía Tây'],
};
const none = { project: [], aggregate: [], plan: [] };

describe('history rows', () => {
  it('reads a đề án row: xã matched without diacritics, area taken from the xã, money as typed text', () => {
    const result = parseHistoryRows(
      { ...none, project: [{ row: 2, cells: [2023, 'KCĐP', 'kc03.4', 'Xã Nam Sach', null, '0801234567', 'Cơ sở A', 'Máy sấy', '1.000.000.000', 300_000_000, 700_000_000, null, 'Đã quyết toán', '12/QĐ'] }] },
      ref,
    );
    expect(result.errors).toBe(0);
    expect(result.projects[0]).toMatchObject({ year: 2023, fundingLevel: 'KCDP', contentCategoryId: 34, adminUnitId: 7, area: 'Phía Tây', totalCostVnd: 1_000_000_000n, state: 'SETTLED' });
  });

  it('keeps a typed total that differs from its parts, with a warning giving both', () => {
    const result = parseHistoryRows({ ...none, aggregate: [{ row: 5, cells: [2021, 2025, 'Phía Đông', null, 'KCQG', null, 'Máy', 3, 4, 2_725_640_001, 1_200_000_000, 1_525_640_000, null] }] }, ref);
    expect(result.errors).toBe(0);
    expect(result.aggregates[0]!.totalCostVnd).toBe(2_725_640_001n);
    expect(result.aggregates[0]!.contentCategoryId).toBeNull();
    expect(result.issues).toEqual([expect.objectContaining({ row: 5, severity: 'warning', message: expect.stringContaining('2725640001') })]);
  });

  it('refuses a xã in the wrong area, a decimal amount and an unknown content', () => {
    const result = parseHistoryRows(
      { ...none, aggregate: [{ row: 3, cells: [2022, null, 'Phía Tây', 'Thủy Nguyên', 'KCDP', 'KC99', null, 1, 1, 10.5, 10, 0, null] }] },
      ref,
    );
    expect(result.aggregates).toEqual([]);
    expect(result.issues.map((i) => i.column).sort()).toEqual(['Khu vực', 'Mã nội dung', 'Tổng kinh phí (đồng)']);
  });

  it('says so when a file has no data at all', () => {
    expect(parseHistoryRows(none, ref).errors).toBe(1);
  });
});
