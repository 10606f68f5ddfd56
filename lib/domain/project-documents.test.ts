import { describe, expect, it } from 'vitest';
import { checklistStatus, checklistSummary, missingDocumentsMessage, parseChecklist } from './project-documents';

describe('document checklists', () => {
  it('reads a checklist column defensively', () => {
    expect(parseChecklist(['THUYET_MINH', 'BAO_GIA', 'BAO_GIA', 3, ''])).toEqual(['THUYET_MINH', 'BAO_GIA']);
    expect(parseChecklist(null)).toEqual([]);
    expect(parseChecklist({ THUYET_MINH: true })).toEqual([]);
  });

  it('names the missing documents', () => {
    expect(missingDocumentsMessage(['THUYET_MINH', 'BAO_GIA', 'DKKD'], ['BAO_GIA'], 'hồ sơ đề án')).toBe(
      'Còn thiếu tài liệu trong hồ sơ đề án: Thuyết minh đề án; Giấy chứng nhận đăng ký kinh doanh / đăng ký hợp tác xã.',
    );
    expect(missingDocumentsMessage(['BAO_GIA'], ['BAO_GIA', 'KHAC'])).toBeNull();
  });
});

describe('checklist badge', () => {
  it('says how many of how many are missing, in words, and when the dossier is complete', () => {
    const items = checklistStatus(['THUYET_MINH', 'DU_TOAN', 'BAO_GIA'], ['DU_TOAN']);
    expect(checklistSummary(items)).toEqual({ complete: false, text: 'Còn thiếu 2 trên 3 tài liệu' });
    expect(checklistSummary(checklistStatus(['THUYET_MINH'], ['THUYET_MINH']))).toEqual({ complete: true, text: 'Đủ hồ sơ (1/1)' });
  });
});
