import { describe, expect, it } from 'vitest';
import { can, type Permission, PERMISSIONS, ROLE_PERMISSIONS } from './permissions';
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

// Written out independently of ROLE_PERMISSIONS, one permission per line, from DOMAIN.md's roles:
// who may do what. Any grant added to or taken from a role fails here by name (a Kho bạc officer
// with 'payment:request' would be one). A permission added later is checked once listed here.
const EXPECTED_ROLES: Record<string, readonly string[]> = {
  'home:view': ['SYSTEM_ADMIN', 'SCT_LEADER', 'TTKC_STAFF', 'STC_OFFICER', 'KBNN_OFFICER', 'XA_OFFICER', 'BENEFICIARY', 'MINISTRY_OFFICER'],
  'programme:read': ['SYSTEM_ADMIN', 'SCT_LEADER', 'TTKC_STAFF', 'STC_OFFICER', 'XA_OFFICER', 'MINISTRY_OFFICER'],
  'programme:edit': ['SCT_LEADER', 'TTKC_STAFF'],
  'programme:approve': ['SCT_LEADER'],
  'plan:open-round': ['SCT_LEADER'],
  'plan:read': ['SYSTEM_ADMIN', 'SCT_LEADER', 'TTKC_STAFF', 'STC_OFFICER', 'XA_OFFICER'],
  'plan:register': ['SCT_LEADER', 'TTKC_STAFF', 'XA_OFFICER'],
  'plan:review': ['SCT_LEADER', 'TTKC_STAFF'],
  'plan:consolidate': ['SCT_LEADER'],
  'plan:appraise-budget': ['STC_OFFICER'],
  'plan:record-decision': ['SCT_LEADER'],
  'project:read': ['SYSTEM_ADMIN', 'SCT_LEADER', 'TTKC_STAFF', 'STC_OFFICER', 'KBNN_OFFICER', 'XA_OFFICER', 'BENEFICIARY', 'MINISTRY_OFFICER'],
  'project:edit': ['TTKC_STAFF'],
  'project:submit': ['TTKC_STAFF'],
  'project:appraise': ['SCT_LEADER', 'TTKC_STAFF'],
  'project:approve': ['SCT_LEADER'],
  'project:contract': ['TTKC_STAFF'],
  'project:execute': ['TTKC_STAFF'],
  'project:amend-request': ['TTKC_STAFF'],
  'project:amend-decide': ['SCT_LEADER'],
  'project:stop': ['SCT_LEADER'],
  'acceptance:manage': ['SCT_LEADER', 'TTKC_STAFF'],
  'acceptance:upload-dossier': ['BENEFICIARY'],
  'payment:request': ['TTKC_STAFF'],
  'payment:send-to-treasury': ['TTKC_STAFF'],
  'payment:control': ['KBNN_OFFICER'],
  'settlement:read': ['SCT_LEADER', 'TTKC_STAFF', 'STC_OFFICER'],
  'settlement:manage': ['TTKC_STAFF'],
  'settlement:approve': ['SCT_LEADER', 'STC_OFFICER'],
  'repayment:manage': ['TTKC_STAFF'],
  'money:read-own': ['BENEFICIARY'],
  'facility:read': ['SYSTEM_ADMIN', 'SCT_LEADER', 'TTKC_STAFF', 'STC_OFFICER', 'XA_OFFICER', 'BENEFICIARY'],
  'facility:edit': ['SYSTEM_ADMIN', 'TTKC_STAFF', 'XA_OFFICER'],
  'facility:verify': ['TTKC_STAFF', 'XA_OFFICER'],
  'support-request:apply': ['BENEFICIARY'],
  'decision:read': ['SYSTEM_ADMIN', 'SCT_LEADER', 'TTKC_STAFF', 'STC_OFFICER', 'KBNN_OFFICER', 'XA_OFFICER', 'MINISTRY_OFFICER'],
  'decision:record': ['SCT_LEADER', 'TTKC_STAFF'],
  'report:read': ['SYSTEM_ADMIN', 'SCT_LEADER', 'TTKC_STAFF', 'STC_OFFICER', 'XA_OFFICER', 'MINISTRY_OFFICER'],
  'report:submit': ['SCT_LEADER', 'TTKC_STAFF', 'XA_OFFICER'],
  'norm:read': ['SYSTEM_ADMIN', 'SCT_LEADER', 'TTKC_STAFF', 'STC_OFFICER', 'XA_OFFICER', 'MINISTRY_OFFICER'],
  'norm:edit': ['SYSTEM_ADMIN', 'SCT_LEADER'],
  'norm:exception': ['SCT_LEADER'],
  'audit:read': ['SYSTEM_ADMIN', 'SCT_LEADER', 'TTKC_STAFF'],
  'user:manage': ['SYSTEM_ADMIN'],
  'output:record': ['TTKC_STAFF'],
  'inspection:read': ['SYSTEM_ADMIN', 'SCT_LEADER', 'TTKC_STAFF', 'STC_OFFICER', 'XA_OFFICER'],
  'inspection:manage': ['SCT_LEADER', 'TTKC_STAFF'],
  'collaborator:read': ['SYSTEM_ADMIN', 'SCT_LEADER', 'TTKC_STAFF', 'XA_OFFICER'],
  'collaborator:propose': ['SCT_LEADER', 'TTKC_STAFF'],
  'collaborator:approve': ['SCT_LEADER'],
  'contest:read': ['SYSTEM_ADMIN', 'SCT_LEADER', 'TTKC_STAFF', 'STC_OFFICER', 'XA_OFFICER'],
  'contest:manage': ['SCT_LEADER'],
  'contest:forward': ['XA_OFFICER'],
  'contest:score': ['SCT_LEADER', 'TTKC_STAFF', 'STC_OFFICER', 'XA_OFFICER'],
};

describe('who holds each permission', () => {
  it.each(Object.entries(EXPECTED_ROLES))('%s', (permission, roles) => {
    expect(ALL_ROLES.filter((r) => can({ role: r }, permission as Permission))).toEqual(roles);
  });

  it('gives Kho bạc only what it needs to control payments', () => {
    expect(ROLE_PERMISSIONS.KBNN_OFFICER.filter((p) => p.startsWith('payment:'))).toEqual(['payment:control']);
  });
});
