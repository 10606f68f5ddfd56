// Every lifecycle table walked status × event × role against a table written here by hand, not
// derived from the lifecycles: widening a transition or a permission makes this fail. (The đề án's
// own, larger walk is project.test.ts.) The last block fails when a lifecycle table, or a table
// with a status column, appears without its walk here.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../roles';
import { ALL_ROLES } from '../roles';
import { ACCEPTANCE_LIFECYCLE } from './acceptance';
import { FACILITY_VERIFICATION_LIFECYCLE, SUPPORT_REQUEST_LIFECYCLE } from './beneficiary';
import { CONTEST_ROUND_LIFECYCLE } from './contest';
import { DOCUMENT_REVIEW_LIFECYCLE } from './document';
import { assertTransition, availableEvents, canFire, TransitionError, type Lifecycle } from './machine';
import { PAYMENT_LIFECYCLE } from './payment';
import { ANNUAL_PLAN_LIFECYCLE, CONSOLIDATED_PLAN_LIFECYCLE, PLAN_ITEM_REVIEW_LIFECYCLE } from './plan';
import { PROGRAMME_LIFECYCLE } from './programme';
import { AMENDMENT_LIFECYCLE, PROJECT_LIFECYCLE } from './project';
import { REPAYMENT_LIFECYCLE } from './repayment';
import { REPORT_LIFECYCLE } from './report';
import { SETTLEMENT_LIFECYCLE, YEARLY_SETTLEMENT_LIFECYCLE } from './settlement';
import { INSPECTION_LIFECYCLE } from './inspection';
import { COLLABORATOR_LIFECYCLE } from './collaborator';

interface Expected {
  from: string[];
  to: string;
  roles: Role[];
  reason?: true;
}

interface Case {
  lifecycle: Lifecycle<string, string>;
  statuses: string[];
  events: Record<string, Expected>;
}

const SCT: Role = 'SCT_LEADER';
const TTKC: Role = 'TTKC_STAFF';
const STC: Role = 'STC_OFFICER';
const KBNN: Role = 'KBNN_OFFICER';
const XA: Role = 'XA_OFFICER';
const BENEFICIARY: Role = 'BENEFICIARY';

const CASES: Case[] = [
  {
    lifecycle: FACILITY_VERIFICATION_LIFECYCLE,
    statuses: ['PENDING', 'VERIFIED', 'REFUSED'],
    events: {
      verify: { from: ['PENDING'], to: 'VERIFIED', roles: [TTKC, XA] },
      refuse: { from: ['PENDING'], to: 'REFUSED', roles: [TTKC, XA], reason: true },
    },
  },
  {
    lifecycle: SUPPORT_REQUEST_LIFECYCLE,
    statuses: ['DRAFT', 'SENT', 'TAKEN', 'REFUSED'],
    events: {
      send: { from: ['DRAFT'], to: 'SENT', roles: [BENEFICIARY] },
      take: { from: ['SENT'], to: 'TAKEN', roles: [SCT, TTKC, XA] },
      refuse: { from: ['SENT'], to: 'REFUSED', roles: [SCT, TTKC, XA], reason: true },
    },
  },
  {
    lifecycle: PROGRAMME_LIFECYCLE,
    statuses: ['DRAFT', 'APPROVED', 'CLOSED'],
    events: {
      approve: { from: ['DRAFT'], to: 'APPROVED', roles: [SCT] },
      close: { from: ['APPROVED'], to: 'CLOSED', roles: [SCT], reason: true },
    },
  },
  {
    lifecycle: CONSOLIDATED_PLAN_LIFECYCLE,
    statuses: ['REGISTRATION_OPEN', 'CONSOLIDATING', 'BUDGET_APPRAISAL', 'BUDGET_APPROVED', 'DECIDED'],
    events: {
      closeRegistration: { from: ['REGISTRATION_OPEN'], to: 'CONSOLIDATING', roles: [SCT] },
      reopenRegistration: { from: ['CONSOLIDATING'], to: 'REGISTRATION_OPEN', roles: [SCT], reason: true },
      sendToFinance: { from: ['CONSOLIDATING'], to: 'BUDGET_APPRAISAL', roles: [SCT] },
      returnFromFinance: { from: ['BUDGET_APPRAISAL'], to: 'CONSOLIDATING', roles: [STC], reason: true },
      approveBudget: { from: ['BUDGET_APPRAISAL'], to: 'BUDGET_APPROVED', roles: [STC] },
      recordDecision: { from: ['BUDGET_APPROVED'], to: 'DECIDED', roles: [SCT] },
    },
  },
  {
    lifecycle: ANNUAL_PLAN_LIFECYCLE,
    statuses: ['DRAFT', 'SUBMITTED', 'RETURNED', 'REVIEWED'],
    events: {
      submit: { from: ['DRAFT', 'RETURNED'], to: 'SUBMITTED', roles: [SCT, TTKC, XA] },
      return: { from: ['SUBMITTED'], to: 'RETURNED', roles: [SCT, TTKC], reason: true },
      markReviewed: { from: ['SUBMITTED'], to: 'REVIEWED', roles: [SCT, TTKC] },
    },
  },
  {
    lifecycle: PLAN_ITEM_REVIEW_LIFECYCLE,
    statuses: ['PENDING', 'ACCEPTED', 'RETURNED', 'REJECTED'],
    events: {
      accept: { from: ['PENDING', 'ACCEPTED', 'RETURNED', 'REJECTED'], to: 'ACCEPTED', roles: [SCT, TTKC] },
      return: { from: ['PENDING', 'ACCEPTED', 'RETURNED', 'REJECTED'], to: 'RETURNED', roles: [SCT, TTKC], reason: true },
      reject: { from: ['PENDING', 'ACCEPTED', 'RETURNED', 'REJECTED'], to: 'REJECTED', roles: [SCT, TTKC], reason: true },
      reopen: { from: ['RETURNED'], to: 'PENDING', roles: [SCT, TTKC, XA] },
    },
  },
  {
    lifecycle: AMENDMENT_LIFECYCLE,
    statuses: ['REQUESTED', 'APPROVED', 'REJECTED'],
    events: {
      approve: { from: ['REQUESTED'], to: 'APPROVED', roles: [SCT] },
      reject: { from: ['REQUESTED'], to: 'REJECTED', roles: [SCT], reason: true },
    },
  },
  {
    lifecycle: ACCEPTANCE_LIFECYCLE,
    statuses: ['SCHEDULED', 'DOSSIER_SUBMITTED', 'REPLACEMENT_REQUESTED', 'DOSSIER_ACCEPTED', 'PASSED', 'FAILED'],
    events: {
      submitDossier: { from: ['SCHEDULED', 'REPLACEMENT_REQUESTED'], to: 'DOSSIER_SUBMITTED', roles: [BENEFICIARY] },
      requestReplacement: { from: ['DOSSIER_SUBMITTED'], to: 'REPLACEMENT_REQUESTED', roles: [SCT, TTKC] },
      acceptDossier: { from: ['DOSSIER_SUBMITTED'], to: 'DOSSIER_ACCEPTED', roles: [SCT, TTKC] },
      pass: { from: ['SCHEDULED', 'DOSSIER_SUBMITTED', 'DOSSIER_ACCEPTED'], to: 'PASSED', roles: [SCT, TTKC] },
      fail: { from: ['SCHEDULED', 'DOSSIER_SUBMITTED', 'REPLACEMENT_REQUESTED', 'DOSSIER_ACCEPTED'], to: 'FAILED', roles: [SCT, TTKC], reason: true },
    },
  },
  {
    lifecycle: DOCUMENT_REVIEW_LIFECYCLE,
    statuses: ['UPLOADED', 'HANDED_IN', 'ACCEPTED', 'REPLACEMENT_REQUESTED', 'WITHDRAWN', 'SUPERSEDED'],
    events: {
      handIn: { from: ['UPLOADED'], to: 'HANDED_IN', roles: [BENEFICIARY] },
      accept: { from: ['HANDED_IN'], to: 'ACCEPTED', roles: [SCT, TTKC] },
      requestReplacement: { from: ['HANDED_IN'], to: 'REPLACEMENT_REQUESTED', roles: [SCT, TTKC], reason: true },
      withdraw: { from: ['UPLOADED', 'REPLACEMENT_REQUESTED'], to: 'WITHDRAWN', roles: [BENEFICIARY] },
      supersede: { from: ['UPLOADED', 'REPLACEMENT_REQUESTED'], to: 'SUPERSEDED', roles: [BENEFICIARY] },
      remove: { from: ['UPLOADED'], to: 'WITHDRAWN', roles: [TTKC] },
      detach: { from: ['UPLOADED'], to: 'WITHDRAWN', roles: [BENEFICIARY] },
    },
  },
  {
    lifecycle: PAYMENT_LIFECYCLE,
    statuses: ['DRAFT', 'SENT_TO_TREASURY', 'PAID', 'REFUSED', 'CANCELLED'],
    events: {
      sendToTreasury: { from: ['DRAFT', 'REFUSED'], to: 'SENT_TO_TREASURY', roles: [TTKC] },
      pay: { from: ['SENT_TO_TREASURY'], to: 'PAID', roles: [KBNN] },
      refuse: { from: ['SENT_TO_TREASURY'], to: 'REFUSED', roles: [KBNN], reason: true },
      cancel: { from: ['DRAFT', 'REFUSED'], to: 'CANCELLED', roles: [TTKC], reason: true },
    },
  },
  {
    lifecycle: SETTLEMENT_LIFECYCLE,
    statuses: ['DRAFT', 'SUBMITTED', 'APPROVED'],
    events: {
      submit: { from: ['DRAFT'], to: 'SUBMITTED', roles: [TTKC] },
      return: { from: ['SUBMITTED'], to: 'DRAFT', roles: [SCT, STC], reason: true },
      approve: { from: ['SUBMITTED'], to: 'APPROVED', roles: [SCT, STC] },
    },
  },
  {
    lifecycle: YEARLY_SETTLEMENT_LIFECYCLE,
    statuses: ['DRAFT', 'APPROVED'],
    events: {
      approve: { from: ['DRAFT'], to: 'APPROVED', roles: [SCT, STC] },
    },
  },
  {
    lifecycle: REPAYMENT_LIFECYCLE,
    statuses: ['ON_TIME', 'LATE', 'LITIGATION', 'REPAID'],
    events: {
      markLate: { from: ['ON_TIME'], to: 'LATE', roles: [TTKC] },
      catchUp: { from: ['LATE'], to: 'ON_TIME', roles: [TTKC] },
      litigate: { from: ['LATE'], to: 'LITIGATION', roles: [TTKC], reason: true },
      markRepaid: { from: ['ON_TIME', 'LATE', 'LITIGATION'], to: 'REPAID', roles: [TTKC] },
    },
  },
  {
    lifecycle: REPORT_LIFECYCLE,
    statuses: ['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED'],
    events: {
      submit: { from: ['DRAFT', 'RETURNED'], to: 'SUBMITTED', roles: [SCT, TTKC, XA] },
      return: { from: ['SUBMITTED'], to: 'RETURNED', roles: [SCT, TTKC], reason: true },
      accept: { from: ['SUBMITTED'], to: 'ACCEPTED', roles: [SCT, TTKC] },
    },
  },
  {
    lifecycle: INSPECTION_LIFECYCLE,
    statuses: ['PLANNED', 'DONE', 'FOLLOWED_UP', 'CLOSED', 'CANCELLED'],
    events: {
      conduct: { from: ['PLANNED'], to: 'DONE', roles: [SCT, TTKC] },
      followUp: { from: ['DONE'], to: 'FOLLOWED_UP', roles: [SCT, TTKC] },
      close: { from: ['DONE', 'FOLLOWED_UP'], to: 'CLOSED', roles: [SCT, TTKC] },
      cancel: { from: ['PLANNED'], to: 'CANCELLED', roles: [SCT, TTKC], reason: true },
    },
  },
  {
    lifecycle: COLLABORATOR_LIFECYCLE,
    statuses: ['PROPOSED', 'APPROVED', 'ENDED'],
    events: {
      approve: { from: ['PROPOSED'], to: 'APPROVED', roles: [SCT] },
      end: { from: ['PROPOSED', 'APPROVED'], to: 'ENDED', roles: [SCT], reason: true },
    },
  },
  {
    lifecycle: CONTEST_ROUND_LIFECYCLE,
    statuses: ['DRAFT', 'OPEN', 'SCORING', 'PUBLISHED'],
    events: {
      open: { from: ['DRAFT'], to: 'OPEN', roles: [SCT] },
      startScoring: { from: ['OPEN'], to: 'SCORING', roles: [SCT] },
      publish: { from: ['SCORING'], to: 'PUBLISHED', roles: [SCT] },
    },
  },
];

const actorOf = (role: Role): Actor => ({ id: 1, role, fullName: 'Người thử', provinceId: 1, organizationId: 1, adminUnitId: 1, facilityId: 1 });

function outcome(lifecycle: Lifecycle<string, string>, event: string, role: Role, status: string): string {
  try {
    return `OK→${assertTransition(lifecycle, event, actorOf(role), status, 'Lý do kiểm thử').to}`;
  } catch (error) {
    if (error instanceof TransitionError) return error.code;
    throw error;
  }
}

function expectedOutcome(rule: Expected, role: Role, status: string): string {
  if (!rule.roles.includes(role)) return 'FORBIDDEN';
  if (!rule.from.includes(status)) return 'ILLEGAL_TRANSITION';
  return `OK→${rule.to}`;
}

for (const { lifecycle, statuses, events } of CASES) {
  describe(`${lifecycle.model} lifecycle (${lifecycle.entity})`, () => {
    const names = Object.keys(events);

    it('has exactly the statuses and events of the expected table', () => {
      expect(Object.keys(lifecycle.statusLabels).sort()).toEqual([...statuses].sort());
      expect(Object.keys(lifecycle.events).sort()).toEqual([...names].sort());
    });

    for (const event of names) {
      it(`${event}: every role × status`, () => {
        for (const role of ALL_ROLES) {
          const actual = statuses.map((s) => `${s}: ${outcome(lifecycle, event, role, s)}`);
          const expected = statuses.map((s) => `${s}: ${expectedOutcome(events[event]!, role, s)}`);
          expect(actual, role).toEqual(expected);
          const offered = statuses.map((s) => canFire(lifecycle, event, actorOf(role), s));
          expect(offered, `canFire ${role}`).toEqual(expected.map((e) => e.includes('OK→')));
        }
      });
    }

    it('requires a written reason exactly for the events that say so', () => {
      for (const event of names) {
        const rule = events[event]!;
        const run = () => assertTransition(lifecycle, event, actorOf(rule.roles[0]!), rule.from[0]!, '   ');
        if (rule.reason) expect(run, event).toThrow(expect.objectContaining({ code: 'REASON_REQUIRED' }));
        else expect(run, event).not.toThrow();
      }
    });

    it('offers each role exactly the events it may fire', () => {
      for (const role of ALL_ROLES) {
        for (const status of statuses) {
          const expected = names.filter((e) => events[e]!.roles.includes(role) && events[e]!.from.includes(status));
          expect(availableEvents(lifecycle, actorOf(role), status).sort(), `${role} @ ${status}`).toEqual(expected.sort());
        }
      }
    });
  });
}

// Issue 8: every stateful record has a lifecycle table. Thanh lý (Liquidation) and nộp trả (Refund)
// carry no status: one-shot records, written once and never changed (ADR 0041, enforced by the
// database); what they move is the đề án's lifecycle (liquidate) and the settlement's submission.
describe('coverage of the lifecycle tables', () => {
  const isLifecycle = (value: unknown): value is Lifecycle<string, string> =>
    typeof value === 'object' && value !== null && 'model' in value && 'statusLabels' in value && 'events' in value;

  async function definedLifecycles(): Promise<Lifecycle<string, string>[]> {
    const files = readdirSync(import.meta.dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const found = new Set<Lifecycle<string, string>>();
    for (const file of files) {
      const exported: Record<string, unknown> = await import(path.join(import.meta.dirname, file));
      for (const value of Object.values(exported)) if (isLifecycle(value)) found.add(value);
    }
    return [...found];
  }

  it('walks every lifecycle table defined in lib/domain/lifecycle (the đề án in project.test.ts)', async () => {
    const walked = new Set<Lifecycle<string, string>>([...CASES.map((c) => c.lifecycle), PROJECT_LIFECYCLE]);
    const defined = await definedLifecycles();
    expect(defined.filter((l) => !walked.has(l)).map((l) => l.model)).toEqual([]);
    expect(defined.length).toBe(walked.size);
  });

  it('gives every table with a status column in prisma/schema.prisma a lifecycle with exactly its states', async () => {
    const schema = readFileSync(path.join(import.meta.dirname, '../../../prisma/schema.prisma'), 'utf8');
    const enums = new Map([...schema.matchAll(/^enum (\w+) \{([^}]*)\}/gm)].map((m) => [m[1]!, m[2]!.split('\n').map((l) => l.replace(/\/\/.*$/, '').trim()).filter(Boolean)]));
    const stateful = new Map<string, string[]>();
    for (const model of schema.matchAll(/^model (\w+) \{([^}]*)\}/gm)) {
      for (const column of model[2]!.matchAll(/^\s+(status|review|verification)\s+(\w+)/gm)) {
        if (enums.has(column[2]!)) stateful.set(model[1]!, enums.get(column[2]!)!);
      }
    }
    expect(stateful.has('Liquidation') || stateful.has('Refund')).toBe(false);
    const byModel = new Map((await definedLifecycles()).map((l) => [l.model as string, Object.keys(l.statusLabels).sort()]));
    for (const [model, states] of stateful) expect({ model, states: byModel.get(model) ?? 'no lifecycle table' }).toEqual({ model, states: [...states].sort() });
    expect([...byModel.keys()].sort()).toEqual([...stateful.keys()].sort());
  });
});
