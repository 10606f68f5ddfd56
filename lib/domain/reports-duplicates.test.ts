// The duplicate-support check against imported history: a facility (by MST) supported for the same
// content in this or an earlier year, and not stopped, is warned about, naming the old đề án.
import { describe, expect, it } from 'vitest';
import { findHistoricalDuplicates, type HistoricalSupport } from './reports-duplicates';

const current = {
  year: 2026,
  contentCategoryId: 5,
  beneficiaries: [
    { taxCode: '0101234567', facilityName: 'Cơ sở Mây tre Phú Vinh', equipment: null },
    { taxCode: '0207654321', facilityName: 'HTX Gốm Bát Tràng', equipment: null },
  ],
};

function history(over: Partial<HistoricalSupport> = {}): HistoricalSupport {
  return { id: 11, name: 'Hỗ trợ máy chẻ nan', year: 2023, state: 'ACCEPTED', contentCategoryId: 5, contentCode: 'ND05', facilityTaxCode: '0101234567', decisionNumbers: '123/QĐ-UBND', ...over };
}

describe('findHistoricalDuplicates', () => {
  it('warns about a facility supported for the same content in an earlier year', () => {
    const [w, ...rest] = findHistoricalDuplicates(current, [history()]);
    expect(rest).toEqual([]);
    expect(w).toEqual({
      taxCode: '0101234567',
      facilityName: 'Cơ sở Mây tre Phú Vinh',
      reason: 'SAME_CONTENT',
      historical: true,
      other: { projectId: 11, code: 'Lịch sử 2023', name: 'Hỗ trợ máy chẻ nan', year: 2023, status: 'ACCEPTED' },
      message: 'Cơ sở Cơ sở Mây tre Phú Vinh (MST 0101234567) đã được hỗ trợ cùng nội dung ND05 trong đề án "Hỗ trợ máy chẻ nan" (năm 2023, đã nghiệm thu, QĐ 123/QĐ-UBND; dữ liệu lịch sử).',
    });
  });

  it('counts the same year, not a later one', () => {
    expect(findHistoricalDuplicates(current, [history({ year: 2026 })])).toHaveLength(1);
    expect(findHistoricalDuplicates(current, [history({ year: 2027 })])).toEqual([]);
  });

  it('ignores a stopped đề án and another content', () => {
    expect(findHistoricalDuplicates(current, [history({ state: 'STOPPED' })])).toEqual([]);
    expect(findHistoricalDuplicates(current, [history({ contentCategoryId: 6 })])).toEqual([]);
  });

  it('ignores facilities not in this đề án, and matches an MST despite stray spaces', () => {
    expect(findHistoricalDuplicates(current, [history({ facilityTaxCode: '0309999999' })])).toEqual([]);
    expect(findHistoricalDuplicates(current, [history({ facilityTaxCode: ' 0207654321 ' })])[0]?.facilityName).toBe('HTX Gốm Bát Tràng');
    const spaced = { ...current, beneficiaries: [{ taxCode: '0101234567 ', facilityName: 'A', equipment: null }] };
    expect(findHistoricalDuplicates(spaced, [history()])).toHaveLength(1);
  });

  it('names each state in words and leaves out a missing decision', () => {
    expect(findHistoricalDuplicates(current, [history({ state: 'APPROVED', decisionNumbers: null })])[0]?.message).toContain('(năm 2023, đã phê duyệt; dữ liệu lịch sử)');
    expect(findHistoricalDuplicates(current, [history({ state: 'SETTLED', decisionNumbers: '' })])[0]?.message).toContain('(năm 2023, đã quyết toán; dữ liệu lịch sử)');
  });

  it('lists warnings oldest first', () => {
    const ws = findHistoricalDuplicates(current, [history({ id: 1, year: 2025 }), history({ id: 2, year: 2019 }), history({ id: 3, year: 2022, facilityTaxCode: '0207654321' })]);
    expect(ws.map((w) => w.other.year)).toEqual([2019, 2022, 2025]);
  });
});
