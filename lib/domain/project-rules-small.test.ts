import { describe, expect, it } from 'vitest';
import { APPRAISAL_CRITERIA, criterionLabel, unmetCriteria } from './project-appraisal';
import { PROJECT_AUDIT_LABELS, projectAuditLabel, projectStatusLabel } from './project-audit';
import { ND235_IN_FORCE, REGIME_LABELS, regimeOn } from './project-regime';

describe('regimeOn', () => {
  it('keeps Nghị định 45/2012 up to the day before 15/10/2025 and applies 235/2025 from that day', () => {
    expect(ND235_IN_FORCE).toBe('2025-10-15');
    expect(regimeOn(new Date('2025-10-14T23:59:59Z'))).toBe('ND45_2012');
    expect(regimeOn(new Date('2025-10-15T00:00:00Z'))).toBe('ND235_2025');
    expect(REGIME_LABELS.ND45_2012).toContain('45/2012');
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
    expect(criterionLabel('efficient')).toBe('Hiệu quả kinh tế - xã hội, tính lan toả');
    expect(criterionLabel('unknown')).toBe('unknown');
  });
});

describe('timeline words', () => {
  it('names lifecycle events, other audited events, and leaves unknown ones as they are', () => {
    expect(projectAuditLabel('Project', 'create')).toBe(PROJECT_AUDIT_LABELS.create);
    expect(projectAuditLabel('Project', 'uploadDocument')).toBe('Tải lên tài liệu');
    expect(projectAuditLabel('Project', 'approve')).toBe('Phê duyệt');
    // The same event name on an amendment is the amendment's decision.
    expect(projectAuditLabel('Amendment', 'approve')).toBe('Duyệt điều chỉnh');
    expect(projectAuditLabel('Amendment', 'create')).toBe('Tạo đề án');
    expect(projectAuditLabel('Project', 'somethingElse')).toBe('somethingElse');
    expect(projectStatusLabel(null)).toBe('');
    expect(projectStatusLabel('DRAFT')).toBe('Dự thảo');
    expect(projectStatusLabel('REQUESTED')).toBe('Chờ duyệt');
    expect(projectStatusLabel('NOT_A_STATUS')).toBe('NOT_A_STATUS');
  });
});
