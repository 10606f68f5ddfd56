import { describe, expect, it } from 'vitest';
import { diffPlanSnapshots, parsePlanSnapshot, type PlanSnapshotItem } from './plan-diff';

function snap(over: Partial<PlanSnapshotItem> = {}): PlanSnapshotItem {
  return {
    id: 1,
    name: 'Hỗ trợ máy dệt',
    contentCategory: 'KC03.4 · Máy móc',
    programmeTarget: 'I.2 Chuyển giao máy móc',
    targetQuantity: 1,
    fundingLevel: 'KCĐP',
    adminUnit: 'xã Nam Sách',
    place: null,
    expectedOutputs: null,
    totalCostVnd: '1000000000',
    requestedSupportVnd: '300000000',
    counterpartVnd: '700000000',
    otherFundingVnd: '0',
    beneficiaries: ['Cơ sở A'],
    ...over,
  };
}

describe('plan version diff', () => {
  it('lists changed fields with formatted before and after values', () => {
    const before = { version: 1, items: [snap()] };
    const after = { version: 2, items: [snap({ requestedSupportVnd: '250000000', counterpartVnd: '750000000', place: 'Thôn Đông' })] };
    expect(diffPlanSnapshots(before, after)).toEqual([
      {
        kind: 'changed',
        itemId: 1,
        name: 'Hỗ trợ máy dệt',
        changes: [
          { label: 'Địa điểm', before: '—', after: 'Thôn Đông' },
          { label: 'Kinh phí đề nghị hỗ trợ', before: '300.000.000\u00a0₫', after: '250.000.000\u00a0₫' },
          { label: 'Vốn đối ứng', before: '700.000.000\u00a0₫', after: '750.000.000\u00a0₫' },
        ],
      },
    ]);
  });

  it('reports added and removed proposals and ignores unchanged ones', () => {
    const before = { version: 1, items: [snap(), snap({ id: 2, name: 'Hội chợ' })] };
    const after = { version: 2, items: [snap(), snap({ id: 3, name: 'Đào tạo' })] };
    expect(diffPlanSnapshots(before, after)).toEqual([
      { kind: 'added', itemId: 3, name: 'Đào tạo' },
      { kind: 'removed', itemId: 2, name: 'Hội chợ' },
    ]);
  });

  it('does not see a reordering of beneficiaries as a change', () => {
    const before = { version: 1, items: [snap({ beneficiaries: ['B', 'A'] })] };
    const after = { version: 2, items: [snap({ beneficiaries: ['A', 'B'] })] };
    expect(diffPlanSnapshots(before, after)).toEqual([]);
  });

  it('refuses a malformed snapshot', () => {
    expect(() => parsePlanSnapshot({ foo: 1 })).toThrow();
  });
});
