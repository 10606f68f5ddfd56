// Every lifecycle table walked status × event × role against the table written by hand in
// tables.expected.ts, the đề án's included. The last block fails when a lifecycle table, or a table
// with a status column, appears without its expected table.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../roles';
import { ALL_ROLES } from '../roles';
import { assertTransition, availableEvents, canFire, TransitionError, type Lifecycle } from './machine';
import { EXPECTED_TABLES, type Expected } from './tables.expected';

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

const isLifecycle = (value: unknown): value is Lifecycle<string, string> =>
  typeof value === 'object' && value !== null && 'model' in value && 'statusLabels' in value && 'events' in value;

/** Every lifecycle exported by a module of lib/domain/lifecycle, found by reading the folder. */
async function definedLifecycles(): Promise<Lifecycle<string, string>[]> {
  const files = readdirSync(import.meta.dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  const found = new Set<Lifecycle<string, string>>();
  for (const file of files) {
    const exported: Record<string, unknown> = await import(path.join(import.meta.dirname, file));
    for (const value of Object.values(exported)) if (isLifecycle(value)) found.add(value);
  }
  return [...found];
}

const LIFECYCLES = await definedLifecycles();

for (const lifecycle of LIFECYCLES) {
  const expectedTable = EXPECTED_TABLES[lifecycle.model];
  // A lifecycle without an expected table fails the coverage block below.
  if (!expectedTable) continue;
  const { statuses, events } = expectedTable;

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

    it('lets the portal itself (a scheduled job, no person) fire exactly the events that say so', () => {
      for (const event of names) {
        const rule = events[event]!;
        const run = () => assertTransition(lifecycle, event, null, rule.from[0]!, 'Lý do kiểm thử');
        if (rule.system) expect(run(), event).toEqual(expect.objectContaining({ to: rule.to }));
        else expect(run, event).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
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
  it('walks every lifecycle table defined in lib/domain/lifecycle, and only those', () => {
    expect(LIFECYCLES.map((l) => l.model).sort()).toEqual(Object.keys(EXPECTED_TABLES).sort());
    expect(new Set(LIFECYCLES.map((l) => l.model)).size).toBe(LIFECYCLES.length);
  });

  it('gives every table with a status column in prisma/schema.prisma a lifecycle with exactly its states', () => {
    const schema = readFileSync(path.join(import.meta.dirname, '../../../prisma/schema.prisma'), 'utf8');
    const enums = new Map([...schema.matchAll(/^enum (\w+) \{([^}]*)\}/gm)].map((m) => [m[1]!, m[2]!.split('\n').map((l) => l.replace(/\/\/.*$/, '').trim()).filter(Boolean)]));
    const stateful = new Map<string, string[]>();
    for (const model of schema.matchAll(/^model (\w+) \{([^}]*)\}/gm)) {
      for (const column of model[2]!.matchAll(/^\s+(status|review|verification)\s+(\w+)/gm)) {
        if (enums.has(column[2]!)) stateful.set(model[1]!, enums.get(column[2]!)!);
      }
    }
    expect(stateful.has('Liquidation') || stateful.has('Refund')).toBe(false);
    const byModel = new Map(LIFECYCLES.map((l) => [l.model as string, Object.keys(l.statusLabels).sort()]));
    for (const [model, states] of stateful) expect({ model, states: byModel.get(model) ?? 'no lifecycle table' }).toEqual({ model, states: [...states].sort() });
    expect([...byModel.keys()].sort()).toEqual([...stateful.keys()].sort());
  });
});
