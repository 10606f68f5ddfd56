import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../roles';
import { assertTransition, availableEvents, TransitionError } from './machine';
import { ANNUAL_PLAN_LIFECYCLE, CONSOLIDATED_PLAN_LIFECYCLE } from './plan';

const actor = (role: Role): Actor => ({ id: 1, role, fullName: 'x', provinceId: 1, organizationId: 1, adminUnitId: 1, facilityId: null });

describe('a xã/unit plan', () => {
  it('is sent by its author from draft or after a return, and only reviewers return or close it', () => {
    expect(availableEvents(ANNUAL_PLAN_LIFECYCLE, actor('XA_OFFICER'), 'DRAFT')).toEqual(['submit']);
    expect(availableEvents(ANNUAL_PLAN_LIFECYCLE, actor('XA_OFFICER'), 'RETURNED')).toEqual(['submit']);
    expect(availableEvents(ANNUAL_PLAN_LIFECYCLE, actor('XA_OFFICER'), 'SUBMITTED')).toEqual([]);
    expect(availableEvents(ANNUAL_PLAN_LIFECYCLE, actor('TTKC_STAFF'), 'SUBMITTED')).toEqual(['return', 'markReviewed']);
    expect(availableEvents(ANNUAL_PLAN_LIFECYCLE, actor('STC_OFFICER'), 'SUBMITTED')).toEqual([]);
    for (const role of ['XA_OFFICER', 'TTKC_STAFF', 'SCT_LEADER'] as const) {
      expect(availableEvents(ANNUAL_PLAN_LIFECYCLE, actor(role), 'REVIEWED')).toEqual([]);
    }
  });

  it('is not returned without a reason', () => {
    expect(() => assertTransition(ANNUAL_PLAN_LIFECYCLE, 'return', actor('TTKC_STAFF'), 'SUBMITTED', ' ')).toThrow(TransitionError);
    expect(assertTransition(ANNUAL_PLAN_LIFECYCLE, 'return', actor('TTKC_STAFF'), 'SUBMITTED', 'Bổ sung').to).toBe('RETURNED');
  });
});

describe('the city plan (round)', () => {
  it('moves SCT → Sở Tài chính → SCT, each step to its own role', () => {
    expect(availableEvents(CONSOLIDATED_PLAN_LIFECYCLE, actor('SCT_LEADER'), 'REGISTRATION_OPEN')).toEqual(['closeRegistration']);
    expect(availableEvents(CONSOLIDATED_PLAN_LIFECYCLE, actor('SCT_LEADER'), 'CONSOLIDATING')).toEqual(['reopenRegistration', 'sendToFinance']);
    expect(availableEvents(CONSOLIDATED_PLAN_LIFECYCLE, actor('STC_OFFICER'), 'BUDGET_APPRAISAL')).toEqual(['returnFromFinance', 'approveBudget']);
    expect(availableEvents(CONSOLIDATED_PLAN_LIFECYCLE, actor('SCT_LEADER'), 'BUDGET_APPRAISAL')).toEqual([]);
    expect(availableEvents(CONSOLIDATED_PLAN_LIFECYCLE, actor('SCT_LEADER'), 'BUDGET_APPROVED')).toEqual(['recordDecision']);
    expect(availableEvents(CONSOLIDATED_PLAN_LIFECYCLE, actor('TTKC_STAFF'), 'BUDGET_APPROVED')).toEqual([]);
    expect(availableEvents(CONSOLIDATED_PLAN_LIFECYCLE, actor('SCT_LEADER'), 'DECIDED')).toEqual([]);
  });

  it('needs a reason for Sở Tài chính to return it', () => {
    expect(() => assertTransition(CONSOLIDATED_PLAN_LIFECYCLE, 'returnFromFinance', actor('STC_OFFICER'), 'BUDGET_APPRAISAL', null)).toThrow('Cần nhập lý do');
  });
});
