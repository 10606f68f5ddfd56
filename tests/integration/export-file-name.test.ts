// The Excel export is named by the day in Vietnam, read from the server's one clock (issue 12, item 14).
import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.CLOCK_FIXED_AT = '2026-11-30T18:30:00Z'; // 01:30 on 01/12/2026 in Hà Nội
});

import { projectExportFileName } from '@/lib/server/projects/export-projects';

describe('Excel file names', () => {
  it('use the Vietnam date of the clock, as the screen does', () => {
    expect(projectExportFileName()).toBe('de-an-2026-12-01.xlsx');
  });
});
