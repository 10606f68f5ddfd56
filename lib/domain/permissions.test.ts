import { describe, expect, it } from 'vitest';
import { can, PERMISSIONS, ROLE_PERMISSIONS } from './permissions';
import { ALL_ROLES } from './roles';

describe('permission table', () => {
  it('names only known permissions', () => {
    for (const role of ALL_ROLES) for (const p of ROLE_PERMISSIONS[role]) expect(PERMISSIONS).toContain(p);
  });

  it('keeps the ministry read-only', () => {
    const writes = ROLE_PERMISSIONS.MINISTRY_OFFICER.filter((p) => !p.endsWith(':read') && p !== 'home:view');
    expect(writes).toEqual([]);
  });

  it('lets only Kho bạc control payments and only Sở Tài chính appraise the budget', () => {
    expect(ALL_ROLES.filter((r) => can({ role: r }, 'payment:control'))).toEqual(['KBNN_OFFICER']);
    expect(ALL_ROLES.filter((r) => can({ role: r }, 'plan:appraise-budget'))).toEqual(['STC_OFFICER']);
  });

  it('shows the outbox and the scheduled jobs to the system administrator only', () => {
    expect(ALL_ROLES.filter((r) => can({ role: r }, 'system:monitor'))).toEqual(['SYSTEM_ADMIN']);
  });

  it('refuses an anonymous caller', () => {
    expect(can(null, 'home:view')).toBe(false);
  });

  it('does not let a beneficiary or a xã officer touch money or approvals', () => {
    for (const role of ['BENEFICIARY', 'XA_OFFICER'] as const) {
      for (const p of ['payment:request', 'payment:control', 'project:approve', 'plan:review'] as const) {
        expect(can({ role }, p)).toBe(false);
      }
    }
  });
});
