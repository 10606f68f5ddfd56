// The audit log: append-only (no UPDATE, DELETE or TRUNCATE), a hash chain that exposes an edited
// or removed row, and refused attempts recorded.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runAction } from '@/lib/server/action';
import { assertCan } from '@/lib/server/authz';
import { db } from '@/lib/server/db';
import { getProjectOrThrow } from '@/lib/server/projects/get-project';
import { auditQuerySchema } from '@/lib/schemas/audit';
import { exportAuditEvents } from '@/lib/server/audit/export-audit-events';
import { findAuditEvents } from '@/lib/server/audit/find-audit-events';
import ExcelJS from 'exceljs';
// @ts-expect-error — plain ESM script shared with `npm run audit:verify`, no type declarations.
import { verifyAuditChain } from '../../scripts/lib/audit-chain.mjs';
import { createWorld, freshWorld } from '../factories/world';

type Verdict = { checked: number; head: string | null; problems: { id: string; problem: string }[] };
let w: Awaited<ReturnType<typeof createWorld>>;
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });

beforeAll(async () => {
  w = await freshWorld(createWorld);
  await client.connect();
});
afterAll(() => client.end());

async function addEvents(n: number) {
  for (let i = 0; i < n; i++) {
    await db.auditEvent.create({ data: { entityType: 'Project', entityId: w.projectA.id, event: `e${i}`, provinceId: w.hp.province.id, data: { i, vnd: '1500000' } } });
  }
}

describe('append-only', () => {
  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    await addEvents(1);
    await expect(client.query(`UPDATE "AuditEvent" SET "event" = 'x'`)).rejects.toThrow(/append-only/);
    await expect(client.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
    await expect(client.query(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/TRUNCATE refused/);
    await expect(client.query(`TRUNCATE "User" CASCADE`)).rejects.toThrow(/TRUNCATE refused/);
    expect(await db.auditEvent.count()).toBeGreaterThan(0);
  });
});

describe('hash chain', () => {
  it('links every row to the one before, concurrent writers included', async () => {
    await Promise.all([addEvents(5), addEvents(5), addEvents(5)]);
    const verdict: Verdict = await verifyAuditChain(client);
    expect(verdict.problems).toEqual([]);
    expect(verdict.checked).toBe(await db.auditEvent.count());
    expect(verdict.head).toMatch(/^[0-9a-f]{64}$/);
  });

  it('takes the chain lock at commit: auditing before and after a record lock cannot deadlock', async () => {
    // A records a decision (audit row) and then approves the đề án (row lock); B rejects it (row
    // lock) and then audits. With the chain lock taken at insert, B's audit waited for A and A's
    // update for B: PostgreSQL failed one of them (deadlock) instead of a clean "reload" conflict.
    const a = new pg.Client({ connectionString: process.env.DATABASE_URL });
    const b = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await Promise.all([a.connect(), b.connect()]);
    try {
      const audit = `INSERT INTO "AuditEvent" ("entityType", "entityId", "event", "provinceId") VALUES ('Project', $1, $2, $3)`;
      const touch = `UPDATE "Project" SET "name" = "name" WHERE "id" = $1`;
      await a.query('BEGIN');
      await a.query(audit, [w.projectA.id, 'lock-order-a', w.hp.province.id]);
      await b.query('BEGIN');
      await b.query(`SET LOCAL lock_timeout = '20s'`);
      await b.query(touch, [w.projectA.id]);
      await b.query(audit, [w.projectA.id, 'lock-order-b', w.hp.province.id]);
      const aWaits = a.query(touch, [w.projectA.id]);
      await b.query('COMMIT');
      await aWaits;
      await a.query('COMMIT');
    } finally {
      await Promise.allSettled([a.end(), b.end()]);
    }
    const sealed = await db.auditEvent.findMany({ where: { event: { in: ['lock-order-a', 'lock-order-b'] } }, orderBy: { chainSeq: 'asc' } });
    // Sealed in commit order: B committed first.
    expect(sealed.map((e) => e.event)).toEqual(['lock-order-b', 'lock-order-a']);
    const verdict: Verdict = await verifyAuditChain(client);
    expect(verdict.problems).toEqual([]);
  });

  it('detects a row altered behind the triggers, and names it', async () => {
    const victim = await db.auditEvent.findFirstOrThrow({ where: { event: 'e2' }, orderBy: { id: 'asc' } });
    await client.query('BEGIN');
    await client.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_no_update_delete`);
    await client.query(`UPDATE "AuditEvent" SET "data" = '{"i": 2, "vnd": "9500000"}' WHERE id = $1`, [victim.id]);
    await client.query(`ALTER TABLE "AuditEvent" ENABLE TRIGGER audit_event_no_update_delete`);
    await client.query('COMMIT');
    const verdict: Verdict = await verifyAuditChain(client);
    expect(verdict.problems).toEqual([{ id: String(victim.id), problem: expect.stringContaining('đã bị sửa') }]);
  });

  it('detects a row deleted behind the triggers', async () => {
    // A row in the middle: cutting the tail off is seen only against a head hash recorded earlier.
    const victim = await db.auditEvent.findFirstOrThrow({ where: { event: 'e3' }, orderBy: { id: 'asc' } });
    await client.query('BEGIN');
    await client.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_no_update_delete`);
    await client.query(`DELETE FROM "AuditEvent" WHERE id = $1`, [victim.id]);
    await client.query(`ALTER TABLE "AuditEvent" ENABLE TRIGGER audit_event_no_update_delete`);
    await client.query('COMMIT');
    const verdict: Verdict = await verifyAuditChain(client);
    expect(verdict.problems.map((p) => p.problem)).toEqual(expect.arrayContaining([expect.stringContaining('thiếu hoặc thừa'), expect.stringContaining('prevHash')]));
  });
});

describe('refused attempts', () => {
  it('records a refusal for lack of permission, and a reach outside the scope', async () => {
    const noPermission = await runAction(w.actors.xaA, z.object({}), async () => assertCan(w.actors.xaA, 'user:manage'), {});
    expect(noPermission).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const outOfScope = await runAction(w.actors.ldTtkc, z.object({}), async () => getProjectOrThrow(w.actors.ldTtkc, w.projectA.id), {});
    expect(outOfScope).toMatchObject({ ok: false, code: 'NOT_FOUND', message: 'Không tìm thấy đề án.' });
    const denied = await db.auditEvent.findMany({ where: { event: 'denied' }, orderBy: { id: 'asc' } });
    expect(denied.map((d) => [d.actorId, d.reason])).toEqual([
      [w.actors.xaA.id, 'FORBIDDEN: missing user:manage'],
      [w.actors.ldTtkc.id, 'NOT_FOUND: outOfScope'],
    ]);
  });

  it('does not record an id that exists nowhere as a denial', async () => {
    const before = await db.auditEvent.count({ where: { event: 'denied' } });
    const result = await runAction(w.actors.ldTtkc, z.object({}), async () => getProjectOrThrow(w.actors.ldTtkc, 987_654), {});
    expect(result).toMatchObject({ ok: false, code: 'NOT_FOUND', message: 'Không tìm thấy đề án.' });
    expect(await db.auditEvent.count({ where: { event: 'denied' } })).toBe(before);
  });
});

describe('audit viewer', () => {
  it("shows the administrator their province's events, filtered, and exports the same rows", async () => {
    await db.auditEvent.create({ data: { entityType: 'Project', entityId: w.projectLd.id, event: 'e1', provinceId: w.ld.province.id } });
    const query = auditQuerySchema.parse({ event: 'e1', entityType: 'Project' });
    const { rows, total, events } = await findAuditEvents(w.actors.admin, query);
    expect(total).toBe(3);
    expect(rows.every((r) => r.event === 'e1' && r.entityId === w.projectA.id)).toBe(true);
    expect(events).toContain('denied');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportAuditEvents(w.actors.admin, query)) as never);
    const sheet = workbook.getWorksheet('Nhật ký')!;
    expect(sheet.rowCount).toBe(1 + 3);
    expect(sheet.getRow(2).getCell(4).value).toBe('e1');
  });

  it('filters by day in Vietnam time and by who acted', async () => {
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    expect((await findAuditEvents(w.actors.admin, auditQuerySchema.parse({ from: today, to: today, username: 'user' }))).rows.length).toBeGreaterThan(0);
    expect((await findAuditEvents(w.actors.admin, auditQuerySchema.parse({ to: '2020-01-01' }))).total).toBe(0);
  });

  it('is for the system administrator only', async () => {
    for (const actor of [w.actors.sct, w.actors.ttkc, w.actors.ministry]) {
      await expect(findAuditEvents(actor, auditQuerySchema.parse({}))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});
