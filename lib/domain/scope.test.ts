import { describe, expect, it } from 'vitest';
import type { Actor, Role } from './roles';
import {
  adminUnitScope,
  annualPlanScope,
  auditEventScope,
  collaboratorScope,
  consolidatedPlanScope,
  contestRoundScope,
  decisionScope,
  facilityScope,
  inspectionScope,
  paymentRequestScope,
  programmeScope,
  projectScope,
  repaymentScheduleScope,
  seesPaymentFigures,
  supportRequestScope,
  treasuryShareScope,
} from './scope';

// The scope rules written out per role (DOMAIN.md): province staff see their province, a xã officer
// their xã, a beneficiary its facility, Kho bạc what was sent to its treasury, the ministry KCQG.
// A missing province, xã, facility or treasury matches nothing (-1), never everything.
const actor = (role: Role, over: Partial<Actor> = {}): Actor => ({
  id: 1,
  role,
  fullName: 'Người thử',
  provinceId: 7,
  organizationId: 30,
  adminUnitId: 40,
  facilityId: 50,
  ...over,
});
const NONE = { id: -1 };
const PROVINCE_WIDE: Role[] = ['SYSTEM_ADMIN', 'SCT_LEADER', 'TTKC_STAFF', 'STC_OFFICER'];

describe('projectScope', () => {
  it.each(PROVINCE_WIDE)('%s sees its province', (role) => {
    expect(projectScope(actor(role))).toEqual({ provinceId: 7 });
    expect(projectScope(actor(role, { provinceId: null }))).toEqual({ provinceId: -1 });
  });

  it('narrows a xã officer to the xã, a beneficiary to its facility, Kho bạc to what was sent to it', () => {
    expect(projectScope(actor('XA_OFFICER'))).toEqual({ provinceId: 7, adminUnitId: 40 });
    expect(projectScope(actor('XA_OFFICER', { adminUnitId: null }))).toEqual({ provinceId: 7, adminUnitId: -1 });
    expect(projectScope(actor('BENEFICIARY'))).toEqual({ provinceId: 7, beneficiaries: { some: { facilityId: 50 } } });
    expect(projectScope(actor('BENEFICIARY', { facilityId: null }))).toEqual({ provinceId: 7, beneficiaries: { some: { facilityId: -1 } } });
    // Through the rows the database keeps per treasury and đề án with a request sent to it (not a draft).
    expect(projectScope(actor('KBNN_OFFICER'))).toEqual({ provinceId: 7, treasuryShares: { some: { treasuryOrgId: 30 } } });
    expect(projectScope(actor('KBNN_OFFICER', { organizationId: null }))).toEqual({ provinceId: 7, treasuryShares: { some: { treasuryOrgId: -1 } } });
  });

  it('shows the ministry national đề án of every province', () => {
    expect(projectScope(actor('MINISTRY_OFFICER', { provinceId: null }))).toEqual({ fundingLevel: 'KCQG' });
  });
});

describe('paymentRequestScope', () => {
  it('gives Kho bạc only requests sent to its treasury, the ministry none, others those of their đề án', () => {
    expect(paymentRequestScope(actor('KBNN_OFFICER'))).toEqual({ provinceId: 7, treasuryOrgId: 30, status: { not: 'DRAFT' } });
    expect(paymentRequestScope(actor('MINISTRY_OFFICER'))).toEqual(NONE);
    expect(paymentRequestScope(actor('TTKC_STAFF'))).toEqual({ project: { provinceId: 7 } });
    expect(paymentRequestScope(actor('XA_OFFICER'))).toEqual({ project: { provinceId: 7, adminUnitId: 40 } });
  });
});

describe('facilityScope', () => {
  it('follows the same lines for facilities', () => {
    for (const role of PROVINCE_WIDE) expect(facilityScope(actor(role))).toEqual({ provinceId: 7 });
    expect(facilityScope(actor('XA_OFFICER'))).toEqual({ provinceId: 7, adminUnitId: 40 });
    expect(facilityScope(actor('XA_OFFICER', { adminUnitId: null }))).toEqual({ provinceId: 7, adminUnitId: -1 });
    expect(facilityScope(actor('BENEFICIARY'))).toEqual({ id: 50 });
    expect(facilityScope(actor('BENEFICIARY', { facilityId: null }))).toEqual({ id: -1 });
    expect(facilityScope(actor('KBNN_OFFICER'))).toEqual({
      provinceId: 7,
      projectLinks: { some: { project: { provinceId: 7, treasuryShares: { some: { treasuryOrgId: 30 } } } } },
    });
    expect(facilityScope(actor('MINISTRY_OFFICER'))).toEqual({ projectLinks: { some: { project: { fundingLevel: 'KCQG' } } } });
  });
});

describe('plans, programmes, decisions, places and audit', () => {
  it('scopes yearly plans', () => {
    for (const role of PROVINCE_WIDE) expect(annualPlanScope(actor(role))).toEqual({ provinceId: 7 });
    expect(annualPlanScope(actor('XA_OFFICER'))).toEqual({ provinceId: 7, adminUnitId: 40 });
    expect(annualPlanScope(actor('XA_OFFICER', { adminUnitId: null }))).toEqual({ provinceId: 7, adminUnitId: -1 });
    for (const role of ['BENEFICIARY', 'KBNN_OFFICER', 'MINISTRY_OFFICER'] as const) expect(annualPlanScope(actor(role))).toEqual(NONE);
    for (const role of [...PROVINCE_WIDE, 'XA_OFFICER'] as const) expect(consolidatedPlanScope(actor(role))).toEqual({ provinceId: 7 });
    for (const role of ['BENEFICIARY', 'KBNN_OFFICER', 'MINISTRY_OFFICER'] as const) expect(consolidatedPlanScope(actor(role))).toEqual(NONE);
  });

  it('scopes programmes', () => {
    expect(programmeScope(actor('MINISTRY_OFFICER'))).toEqual({ level: 'KCQG' });
    expect(programmeScope(actor('BENEFICIARY'))).toEqual(NONE);
    expect(programmeScope(actor('KBNN_OFFICER'))).toEqual(NONE);
    for (const role of [...PROVINCE_WIDE, 'XA_OFFICER'] as const) expect(programmeScope(actor(role))).toEqual({ provinceId: 7 });
    expect(programmeScope(actor('XA_OFFICER', { provinceId: null }))).toEqual({ provinceId: -1 });
  });

  it('scopes decisions to what the actor can see', () => {
    expect(decisionScope(actor('MINISTRY_OFFICER'))).toEqual({
      OR: [{ projects: { some: { fundingLevel: 'KCQG' } } }, { programmes: { some: { level: 'KCQG' } } }],
    });
    for (const role of PROVINCE_WIDE) expect(decisionScope(actor(role))).toEqual({ provinceId: 7 });
    const project = { provinceId: 7, adminUnitId: 40 };
    expect(decisionScope(actor('XA_OFFICER'))).toEqual({
      provinceId: 7,
      OR: [{ projects: { some: project } }, { amendments: { some: { project } } }, { acceptances: { some: { project } } }, { settlements: { some: { project } } }],
    });
  });

  it('scopes places and the audit trail', () => {
    expect(adminUnitScope(actor('MINISTRY_OFFICER'))).toEqual({});
    expect(adminUnitScope(actor('XA_OFFICER'))).toEqual({ provinceId: 7 });
    expect(adminUnitScope(actor('BENEFICIARY', { provinceId: null }))).toEqual({ provinceId: -1 });
    for (const role of PROVINCE_WIDE) expect(auditEventScope(actor(role))).toEqual({ provinceId: 7 });
    for (const role of ['XA_OFFICER', 'BENEFICIARY', 'KBNN_OFFICER', 'MINISTRY_OFFICER'] as const) expect(auditEventScope(actor(role))).toEqual(NONE);
  });
});

describe('treasury shares and payment figures', () => {
  it('gives Kho bạc its treasury’s đề án shares in its province, and no one else a share scope', () => {
    expect(treasuryShareScope(actor('KBNN_OFFICER'))).toEqual({ treasuryOrgId: 30, provinceId: 7 });
    expect(treasuryShareScope(actor('KBNN_OFFICER', { organizationId: null, provinceId: null }))).toEqual({ treasuryOrgId: -1, provinceId: -1 });
    for (const role of [...PROVINCE_WIDE, 'XA_OFFICER', 'BENEFICIARY', 'MINISTRY_OFFICER'] as const) expect(treasuryShareScope(actor(role))).toBeNull();
  });

  it('hides payment figures from the ministry only', () => {
    expect(seesPaymentFigures(actor('MINISTRY_OFFICER'))).toBe(false);
    for (const role of [...PROVINCE_WIDE, 'XA_OFFICER', 'BENEFICIARY', 'KBNN_OFFICER'] as const) expect(seesPaymentFigures(actor(role))).toBe(true);
  });
});

describe('repayments, support requests, inspections, collaborators and contests', () => {
  it('scopes repayment schedules to đề án in scope, a beneficiary to its own facility', () => {
    expect(repaymentScheduleScope(actor('TTKC_STAFF'))).toEqual({ project: { provinceId: 7 } });
    expect(repaymentScheduleScope(actor('XA_OFFICER'))).toEqual({ project: { provinceId: 7, adminUnitId: 40 } });
    expect(repaymentScheduleScope(actor('BENEFICIARY'))).toEqual({ project: { provinceId: 7, beneficiaries: { some: { facilityId: 50 } } }, facilityId: 50 });
    expect(repaymentScheduleScope(actor('BENEFICIARY', { facilityId: null }))).toEqual({ project: { provinceId: 7, beneficiaries: { some: { facilityId: -1 } } }, facilityId: -1 });
  });

  it('shows a facility its own support requests, drafts included, and staff only the sent ones', () => {
    const sent = { status: { in: ['SENT', 'TAKEN', 'REFUSED'] } };
    expect(supportRequestScope(actor('BENEFICIARY'))).toEqual({ provinceId: 7, facilityId: 50 });
    expect(supportRequestScope(actor('BENEFICIARY', { facilityId: null }))).toEqual({ provinceId: 7, facilityId: -1 });
    expect(supportRequestScope(actor('XA_OFFICER'))).toEqual({ provinceId: 7, adminUnitId: 40, ...sent });
    expect(supportRequestScope(actor('XA_OFFICER', { adminUnitId: null }))).toEqual({ provinceId: 7, adminUnitId: -1, ...sent });
    for (const role of PROVINCE_WIDE) expect(supportRequestScope(actor(role))).toEqual({ provinceId: 7, ...sent });
    for (const role of ['KBNN_OFFICER', 'MINISTRY_OFFICER'] as const) expect(supportRequestScope(actor(role))).toEqual(NONE);
  });

  it('scopes inspections to the province, or to the xã and its đề án', () => {
    for (const role of PROVINCE_WIDE) expect(inspectionScope(actor(role))).toEqual({ provinceId: 7 });
    expect(inspectionScope(actor('XA_OFFICER'))).toEqual({ provinceId: 7, OR: [{ adminUnitId: 40 }, { project: { adminUnitId: 40 } }] });
    expect(inspectionScope(actor('XA_OFFICER', { adminUnitId: null }))).toEqual({ provinceId: 7, OR: [{ adminUnitId: -1 }, { project: { adminUnitId: -1 } }] });
    for (const role of ['BENEFICIARY', 'KBNN_OFFICER', 'MINISTRY_OFFICER'] as const) expect(inspectionScope(actor(role))).toEqual(NONE);
  });

  it('scopes collaborators like yearly plans', () => {
    for (const role of PROVINCE_WIDE) expect(collaboratorScope(actor(role))).toEqual({ provinceId: 7 });
    expect(collaboratorScope(actor('XA_OFFICER'))).toEqual({ provinceId: 7, adminUnitId: 40 });
    for (const role of ['BENEFICIARY', 'KBNN_OFFICER', 'MINISTRY_OFFICER'] as const) expect(collaboratorScope(actor(role))).toEqual(NONE);
  });

  it('shows a xã officer the city-wide contest rounds and its own xã’s', () => {
    for (const role of PROVINCE_WIDE) expect(contestRoundScope(actor(role))).toEqual({ provinceId: 7 });
    expect(contestRoundScope(actor('XA_OFFICER'))).toEqual({ provinceId: 7, OR: [{ adminUnitId: null }, { adminUnitId: 40 }] });
    expect(contestRoundScope(actor('XA_OFFICER', { adminUnitId: null }))).toEqual({ provinceId: 7, OR: [{ adminUnitId: null }, { adminUnitId: -1 }] });
    for (const role of ['BENEFICIARY', 'KBNN_OFFICER', 'MINISTRY_OFFICER'] as const) expect(contestRoundScope(actor(role))).toEqual(NONE);
  });

  it('never widens a scope when the province is missing', () => {
    const bare = (role: Role) => actor(role, { provinceId: null });
    expect(supportRequestScope(bare('TTKC_STAFF'))).toMatchObject({ provinceId: -1 });
    expect(inspectionScope(bare('XA_OFFICER'))).toMatchObject({ provinceId: -1 });
    expect(collaboratorScope(bare('XA_OFFICER'))).toMatchObject({ provinceId: -1 });
    expect(contestRoundScope(bare('SCT_LEADER'))).toEqual({ provinceId: -1 });
  });
});
