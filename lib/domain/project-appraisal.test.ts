import { describe, expect, it } from 'vitest';
import { APPRAISAL_CRITERIA, readAppraisalChecklist, unmetCriteria } from './project-appraisal';

describe('appraisal checklist as shown', () => {
  it('shows every criterion with its Vietnamese label, in table order, and never a raw key', () => {
    // What the demo data used to store: keys this code does not define.
    const { criteria, unknownKeys } = readAppraisalChecklist({ fitsProgramme: true, efficiency: true, capacity: false, noDoubleFunding: true, completeDossier: true });
    expect(criteria.map((c) => c.label)).toEqual(APPRAISAL_CRITERIA.map((c) => c.label));
    const shown = criteria.map((c) => c.label).join(' ');
    expect(shown).not.toMatch(/capacity|efficiency/);
    expect(criteria.find((c) => c.key === 'fitsProgramme')?.met).toBe(true);
    expect(criteria.find((c) => c.key === 'efficient')?.met).toBeNull();
    expect(unknownKeys).toBe(2);
  });

  it('reads a malformed column as nothing recorded', () => {
    expect(readAppraisalChecklist(null).criteria.every((c) => c.met === null)).toBe(true);
    expect(readAppraisalChecklist(['x']).unknownKeys).toBe(0);
  });
});

describe('appraisal criteria', () => {
  it('lists the five criteria and names the unmet ones in table order', () => {
    expect(APPRAISAL_CRITERIA.map((c) => c.key)).toEqual(['fitsProgramme', 'efficient', 'capable', 'noDoubleFunding', 'completeDossier']);
    const all = { fitsProgramme: true, efficient: true, capable: true, noDoubleFunding: true, completeDossier: true };
    expect(unmetCriteria(all)).toEqual([]);
    expect(unmetCriteria({ ...all, capable: false, completeDossier: undefined })).toEqual([
      'Năng lực của đơn vị thực hiện và cơ sở thụ hưởng',
      'Hồ sơ đầy đủ, hợp lệ',
    ]);
  });
});
