import { describe, expect, it } from 'vitest';
import { formatVnd } from './money';
import { amendmentKinds, amendmentScale, diffSnapshots, type ProjectSnapshot } from './project-amendment';

const base: ProjectSnapshot = {
  name: 'Hỗ trợ máy ép gạch',
  place: 'Thôn Đông',
  adminUnitId: 1,
  adminUnitName: 'xã Nam Sách',
  startDate: '2026-03-01',
  endDate: '2026-11-30',
  description: null,
  expectedOutputs: '1 máy',
  targetQuantity: 1,
  totalCostVnd: '600000000',
  stateSupportVnd: '300000000',
  counterpartVnd: '300000000',
  otherFundingVnd: '0',
  approvedSupportVnd: '300000000',
  beneficiaries: [{ facilityId: 5, name: 'Cơ sở A', equipment: 'Máy ép' }],
  costLines: [
    { item: 'Máy ép gạch', unit: 'chiếc', quantity: '1', unitPriceVnd: '600000000', amountVnd: '600000000', stateSupportVnd: '300000000', counterpartVnd: '300000000', otherVnd: '0', facilityId: null },
  ],
};

describe('amendments', () => {
  it('calls a move of place within the year a small change', () => {
    const after = { ...base, place: 'Thôn Tây', endDate: '2026-12-20' };
    const kinds = amendmentKinds(base, after, false);
    expect(kinds).toEqual(['PLACE', 'TIME']);
    expect(amendmentScale(base, after, kinds, 2026)).toEqual({ scale: 'SMALL', reasons: [] });
    expect(diffSnapshots(base, after)).toEqual([
      { label: 'Địa điểm', before: 'Thôn Đông', after: 'Thôn Tây' },
      { label: 'Ngày kết thúc', before: '30/11/2026', after: '20/12/2026' },
    ]);
  });

  it('calls a higher total, a new activity or an extension into next year a large change', () => {
    const line = base.costLines[0]!;
    const higher = { ...base, totalCostVnd: '700000000', costLines: [{ ...line, unitPriceVnd: '700000000', amountVnd: '700000000', counterpartVnd: '400000000' }] };
    expect(amendmentKinds(base, higher, false)).toEqual(['AMOUNT']);
    expect(amendmentScale(base, higher, ['AMOUNT'], 2026).scale).toBe('LARGE');
    const diff = diffSnapshots(base, higher);
    expect(diff[0]).toEqual({ label: 'Tổng kinh phí', before: formatVnd(600_000_000n), after: formatVnd(700_000_000n) });
    expect(diff.at(-1)!.label).toBe('Dự toán: Máy ép gạch');

    const newActivity = { ...base, costLines: [{ ...line, amountVnd: '500000000', unitPriceVnd: '500000000', counterpartVnd: '200000000' }, { ...line, item: 'Đào tạo vận hành', unitPriceVnd: '100000000', amountVnd: '100000000', stateSupportVnd: '0', counterpartVnd: '100000000' }] };
    expect(amendmentKinds(base, newActivity, false)).toContain('CONTENT');
    expect(amendmentScale(base, newActivity, ['CONTENT'], 2026).reasons).toEqual(['thêm hoạt động mới: Đào tạo vận hành']);

    const extended = { ...base, endDate: '2027-03-31' };
    expect(amendmentScale(base, extended, ['TIME'], 2026)).toEqual({ scale: 'LARGE', reasons: ['kéo dài sang năm 2027'] });
    expect(amendmentScale(base, base, amendmentKinds(base, base, true), 2026).scale).toBe('LARGE');
  });

  it('sees a change of beneficiary', () => {
    const after = { ...base, beneficiaries: [{ facilityId: 6, name: 'Cơ sở B', equipment: 'Máy ép' }] };
    expect(amendmentKinds(base, after, false)).toEqual(['BENEFICIARY']);
    expect(diffSnapshots(base, after)).toEqual([{ label: 'Cơ sở thụ hưởng', before: 'Cơ sở A (Máy ép)', after: 'Cơ sở B (Máy ép)' }]);
  });
});

describe('an amendment stored with only the changed fields', () => {
  it('shows its change instead of failing on the missing ones (the demo data holds such rows)', () => {
    const before = { endDate: '2026-11-30' } as unknown as ProjectSnapshot;
    const after = { endDate: '2026-12-20' } as unknown as ProjectSnapshot;
    expect(diffSnapshots(before, after)).toEqual([{ label: 'Ngày kết thúc', before: '30/11/2026', after: '20/12/2026' }]);
  });
});
