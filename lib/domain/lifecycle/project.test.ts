// Every status × role × event of the đề án lifecycle against a table written here by hand, not
// derived from PROJECT_LIFECYCLE: if someone widens a transition or a permission, this fails.
import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../roles';
import { ALL_ROLES } from '../roles';
import { assertTransition, availableEvents, TransitionError } from './machine';
import { AMENDMENT_LIFECYCLE, PROJECT_LIFECYCLE, type ProjectEvent, type ProjectStatus } from './project';

const STATUSES: ProjectStatus[] = [
  'DRAFT',
  'SUBMITTED',
  'APPRAISED',
  'REJECTED',
  'APPROVED',
  'CONTRACTED',
  'IN_PROGRESS',
  'UNDER_ACCEPTANCE',
  'ACCEPTED',
  'LIQUIDATED',
  'SETTLED',
  'CLOSED',
  'STOPPED',
];

interface Expected {
  from: ProjectStatus[];
  to: ProjectStatus;
  roles: Role[];
  reason?: true;
}

const EXPECTED: Record<ProjectEvent, Expected> = {
  submit: { from: ['DRAFT'], to: 'SUBMITTED', roles: ['TTKC_STAFF'] },
  withdraw: { from: ['SUBMITTED'], to: 'DRAFT', roles: ['TTKC_STAFF'] },
  returnForRevision: { from: ['SUBMITTED'], to: 'DRAFT', roles: ['SCT_LEADER', 'TTKC_STAFF'], reason: true },
  appraisePass: { from: ['SUBMITTED'], to: 'APPRAISED', roles: ['SCT_LEADER', 'TTKC_STAFF'] },
  appraiseFail: { from: ['SUBMITTED'], to: 'REJECTED', roles: ['SCT_LEADER', 'TTKC_STAFF'], reason: true },
  approve: { from: ['APPRAISED'], to: 'APPROVED', roles: ['SCT_LEADER'] },
  reject: { from: ['APPRAISED'], to: 'REJECTED', roles: ['SCT_LEADER'], reason: true },
  signContract: { from: ['APPROVED'], to: 'CONTRACTED', roles: ['TTKC_STAFF'] },
  start: { from: ['CONTRACTED'], to: 'IN_PROGRESS', roles: ['TTKC_STAFF'] },
  requestAcceptance: { from: ['IN_PROGRESS'], to: 'UNDER_ACCEPTANCE', roles: ['TTKC_STAFF'] },
  acceptancePassed: { from: ['UNDER_ACCEPTANCE'], to: 'ACCEPTED', roles: ['SCT_LEADER', 'TTKC_STAFF'] },
  acceptanceFailed: { from: ['UNDER_ACCEPTANCE'], to: 'IN_PROGRESS', roles: ['SCT_LEADER', 'TTKC_STAFF'], reason: true },
  liquidate: { from: ['ACCEPTED'], to: 'LIQUIDATED', roles: ['TTKC_STAFF'] },
  settle: { from: ['LIQUIDATED'], to: 'SETTLED', roles: ['SCT_LEADER', 'STC_OFFICER'] },
  close: { from: ['SETTLED'], to: 'CLOSED', roles: ['SCT_LEADER', 'STC_OFFICER'] },
  stop: { from: ['APPROVED', 'CONTRACTED', 'IN_PROGRESS', 'UNDER_ACCEPTANCE'], to: 'STOPPED', roles: ['SCT_LEADER'], reason: true },
};

const EVENTS = Object.keys(EXPECTED) as ProjectEvent[];

function actorOf(role: Role): Actor {
  return { id: 1, role, fullName: 'Người thử', provinceId: 1, organizationId: null, adminUnitId: null, facilityId: null };
}

function outcome(event: ProjectEvent, role: Role, status: ProjectStatus): string {
  try {
    return `OK→${assertTransition(PROJECT_LIFECYCLE, event, actorOf(role), status, 'Lý do kiểm thử').to}`;
  } catch (error) {
    if (error instanceof TransitionError) return error.code;
    throw error;
  }
}

function expectedOutcome(event: ProjectEvent, role: Role, status: ProjectStatus): string {
  const rule = EXPECTED[event];
  if (!rule.roles.includes(role)) return 'FORBIDDEN';
  if (!rule.from.includes(status)) return 'ILLEGAL_TRANSITION';
  return `OK→${rule.to}`;
}

describe('đề án lifecycle table', () => {
  it('has exactly the events of the expected table', () => {
    expect(Object.keys(PROJECT_LIFECYCLE.events).sort()).toEqual([...EVENTS].sort());
  });

  for (const event of EVENTS) {
    describe(event, () => {
      for (const role of ALL_ROLES) {
        it(`${role}: allowed exactly from ${EXPECTED[event].roles.includes(role) ? EXPECTED[event].from.join(', ') : '(none)'}`, () => {
          const actual = STATUSES.map((status) => `${status}: ${outcome(event, role, status)}`);
          const expected = STATUSES.map((status) => `${status}: ${expectedOutcome(event, role, status)}`);
          expect(actual).toEqual(expected);
        });
      }
    });
  }

  it('requires a written reason exactly for the events that say so', () => {
    for (const event of EVENTS) {
      const rule = EXPECTED[event];
      const role = rule.roles[0]!;
      const run = () => assertTransition(PROJECT_LIFECYCLE, event, actorOf(role), rule.from[0]!, '   ');
      if (rule.reason) expect(run, event).toThrow(expect.objectContaining({ code: 'REASON_REQUIRED' }));
      else expect(run, event).not.toThrow();
    }
  });

  it('explains an illegal transition in Vietnamese, naming the current state', () => {
    expect(() => assertTransition(PROJECT_LIFECYCLE, 'approve', actorOf('SCT_LEADER'), 'DRAFT')).toThrow(
      'Không thể "Phê duyệt" khi đề án đang ở trạng thái "Dự thảo".',
    );
  });

  it('offers each role only the events it may fire from the current state', () => {
    for (const role of ALL_ROLES) {
      for (const status of STATUSES) {
        const expected = EVENTS.filter((e) => EXPECTED[e].roles.includes(role) && EXPECTED[e].from.includes(status));
        expect(availableEvents(PROJECT_LIFECYCLE, actorOf(role), status).sort(), `${role} @ ${status}`).toEqual(expected.sort());
      }
    }
  });

  it('lets no one leave a final state', () => {
    for (const status of ['REJECTED', 'CLOSED', 'STOPPED'] as const) {
      for (const role of ALL_ROLES) expect(availableEvents(PROJECT_LIFECYCLE, actorOf(role), status)).toEqual([]);
    }
  });
});

describe('amendment lifecycle', () => {
  it('is decided only by a role holding project:amend-decide, only while requested', () => {
    for (const role of ALL_ROLES) {
      for (const status of ['REQUESTED', 'APPROVED', 'REJECTED'] as const) {
        const expected = role === 'SCT_LEADER' && status === 'REQUESTED' ? ['approve', 'reject'] : [];
        expect(availableEvents(AMENDMENT_LIFECYCLE, actorOf(role), status).sort(), `${role} @ ${status}`).toEqual(expected);
      }
    }
  });
});
