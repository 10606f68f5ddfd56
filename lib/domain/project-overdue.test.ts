import { describe, expect, it } from 'vitest';
import { overdueWarning } from './project-overdue';

// Issue 12 item 18: a đề án past its end date with no acceptance carries a warning.
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const today = d('2026-12-01');

describe('overdue đề án', () => {
  it('warns when the end date has passed and the đề án is still being carried out', () => {
    expect(overdueWarning({ status: 'IN_PROGRESS', endDate: d('2026-11-30') }, today)).toBe('Quá hạn: đã qua ngày kết thúc 30/11/2026 mà chưa nghiệm thu');
    expect(overdueWarning({ status: 'CONTRACTED', endDate: d('2026-06-30') }, today)).not.toBeNull();
  });

  it('does not warn on the end date itself, after acceptance, or without an end date', () => {
    expect(overdueWarning({ status: 'IN_PROGRESS', endDate: d('2026-12-01') }, today)).toBeNull();
    expect(overdueWarning({ status: 'UNDER_ACCEPTANCE', endDate: d('2026-06-30') }, today)).toBeNull();
    expect(overdueWarning({ status: 'ACCEPTED', endDate: d('2026-06-30') }, today)).toBeNull();
    expect(overdueWarning({ status: 'IN_PROGRESS', endDate: null }, today)).toBeNull();
  });
});
