import { describe, expect, it } from 'vitest';
import { findDuplicateSupport, normalizeForMatch, type SupportRecord } from './duplicate-support';

const record = (overrides: Partial<SupportRecord>): SupportRecord => ({
  projectId: 1,
  code: 'KCĐP-2026-001',
  name: 'Hỗ trợ máy ép gạch',
  year: 2026,
  status: 'DRAFT',
  contentCategoryId: 34,
  contentCode: 'KC03.4',
  beneficiaries: [{ taxCode: '0801234567', facilityName: 'Cơ sở gạch Minh Phát', equipment: 'Máy ép gạch thủy lực' }],
  ...overrides,
});

describe('normalizeForMatch', () => {
  it('ignores case, diacritics, đ and punctuation', () => {
    expect(normalizeForMatch('  Máy ÉP gạch  Thủy-lực, ĐỎ ')).toBe('may ep gach thuy luc do');
  });
});

describe('findDuplicateSupport', () => {
  const current = record({});

  it('finds the same facility funded for the same content in an earlier year', () => {
    const earlier = record({ projectId: 2, code: 'KCĐP-2024-007', year: 2024, status: 'ACCEPTED', beneficiaries: [{ taxCode: '0801234567', facilityName: 'Cơ sở gạch Minh Phát (cũ)', equipment: null }] });
    const warnings = findDuplicateSupport(current, [earlier]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ reason: 'SAME_CONTENT', other: { code: 'KCĐP-2024-007', year: 2024, status: 'ACCEPTED' } });
    expect(warnings[0]!.message).toBe(
      'Cơ sở Cơ sở gạch Minh Phát (MST 0801234567) đã được hỗ trợ cùng nội dung KC03.4 trong đề án KCĐP-2024-007 (năm 2024, Đã nghiệm thu).',
    );
  });

  it('matches the same equipment under another content, whatever the spelling', () => {
    const other = record({
      projectId: 3,
      code: 'KCQG-2025-002',
      year: 2025,
      status: 'IN_PROGRESS',
      contentCategoryId: 31,
      contentCode: 'KC03.1',
      beneficiaries: [{ taxCode: '0801234567', facilityName: 'Minh Phát', equipment: 'MAY EP GACH THUY LUC' }],
    });
    expect(findDuplicateSupport(current, [other]).map((w) => w.reason)).toEqual(['SAME_EQUIPMENT']);
  });

  it('ignores rejected or stopped đề án, later years, other facilities, other contents and itself', () => {
    const base = { beneficiaries: current.beneficiaries };
    const others = [
      record({ ...base, projectId: 4, year: 2024, status: 'REJECTED' }),
      record({ ...base, projectId: 5, year: 2023, status: 'STOPPED' }),
      record({ ...base, projectId: 6, year: 2027, status: 'APPROVED' }),
      record({ projectId: 7, year: 2024, status: 'ACCEPTED', beneficiaries: [{ taxCode: '0809999999', facilityName: 'Khác', equipment: 'Máy ép gạch thủy lực' }] }),
      record({ projectId: 8, year: 2024, status: 'ACCEPTED', contentCategoryId: 11, beneficiaries: [{ taxCode: '0801234567', facilityName: 'x', equipment: 'Lò nung' }] }),
      record({ ...base, projectId: 1 }),
    ];
    expect(findDuplicateSupport(current, others)).toEqual([]);
  });

  it('counts another đề án of the same year', () => {
    const sameYear = record({ projectId: 9, code: 'KCĐP-2026-004', status: 'SUBMITTED' });
    expect(findDuplicateSupport(current, [sameYear]).map((w) => w.other.code)).toEqual(['KCĐP-2026-004']);
  });
});
