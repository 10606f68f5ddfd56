import { describe, expect, it } from 'vitest';
import { ALL_ROLES, ROLE_LABELS } from './roles';

describe('roles', () => {
  it('lists the eight roles, each with its own Vietnamese name', () => {
    expect(ALL_ROLES).toEqual(['SYSTEM_ADMIN', 'SCT_LEADER', 'TTKC_STAFF', 'STC_OFFICER', 'KBNN_OFFICER', 'XA_OFFICER', 'BENEFICIARY', 'MINISTRY_OFFICER']);
    const names = Object.values(ROLE_LABELS);
    expect(names.every((n) => n.trim().length > 3)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
    expect(ROLE_LABELS.KBNN_OFFICER).toBe('Cán bộ Kho bạc Nhà nước');
  });
});
