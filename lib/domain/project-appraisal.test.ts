import { describe, expect, it } from 'vitest';
import { APPRAISAL_CRITERIA, criterionLabel, unmetCriteria } from './project-appraisal';

describe('appraisal criteria', () => {
  it('lists the five criteria and names the unmet ones in table order', () => {
    expect(APPRAISAL_CRITERIA.map((c) => c.key)).toEqual(['fitsProgramme', 'efficient', 'capable', 'noDoubleFunding', 'completeDossier']);
    const all = { fitsProgramme: true, efficient: true, capable: true, noDoubleFunding: true, completeDossier: true };
    expect(unmetCriteria(all)).toEqual([]);
    expect(unmetCriteria({ ...all, capable: false, completeDossier: undefined })).toEqual([
      'Năng lực của đơn vị thực hiện và cơ sở thụ hưởng',
      'Hồ sơ đầy đủ, hợp lệ',
    ]);
    expect(criterionLabel('efficient')).toBe('Hiệu quả kinh tế - xã hội, tính lan toả');
    expect(criterionLabel('unknown')).toBe('unknown');
  });
});
