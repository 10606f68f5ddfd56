import { describe, expect, it } from 'vitest';
import { APPRAISAL_CRITERIA, readAppraisalChecklist } from './project-appraisal';

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
