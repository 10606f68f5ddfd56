// The đề án lifecycle beyond its status × event × role walk (tables.test.ts, against the table
// written by hand in tables.expected.ts): its wording, its final states and its amendments.
import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../roles';
import { ALL_ROLES } from '../roles';
import { assertTransition, availableEvents } from './machine';
import { AMENDMENT_LIFECYCLE, canWithdrawAmendment, PROJECT_LIFECYCLE } from './project';

function actorOf(role: Role): Actor {
  return { id: 1, role, fullName: 'Người thử', provinceId: 1, organizationId: null, adminUnitId: null, facilityId: null };
}

describe('đề án lifecycle table', () => {
  it('explains an illegal transition in Vietnamese, naming the current state', () => {
    expect(() => assertTransition(PROJECT_LIFECYCLE, 'approve', actorOf('SCT_LEADER'), 'DRAFT')).toThrow(
      'Không thể "Phê duyệt" khi đề án đang ở trạng thái "Dự thảo".',
    );
  });

  it('lets no one leave a final state', () => {
    for (const status of ['REJECTED', 'CLOSED', 'STOPPED'] as const) {
      for (const role of ALL_ROLES) expect(availableEvents(PROJECT_LIFECYCLE, actorOf(role), status)).toEqual([]);
    }
  });
});

describe('amendment lifecycle', () => {
  it('is decided by the approver or taken back by the Trung tâm, only while requested', () => {
    const whileRequested: Partial<Record<Role, string[]>> = { SCT_LEADER: ['approve', 'reject'], TTKC_STAFF: ['withdraw'] };
    for (const role of ALL_ROLES) {
      for (const status of ['REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN'] as const) {
        const expected = status === 'REQUESTED' ? (whileRequested[role] ?? []) : [];
        expect(availableEvents(AMENDMENT_LIFECYCLE, actorOf(role), status).sort(), `${role} @ ${status}`).toEqual(expected);
        expect(canWithdrawAmendment(actorOf(role), status), `${role} @ ${status}`).toBe(expected.includes('withdraw'));
      }
    }
  });
});
