import { describe, expect, it } from 'vitest';
import { PROJECT_AUDIT_LABELS, projectAuditLabel, projectStatusLabel } from './project-audit';

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
