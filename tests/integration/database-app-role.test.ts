// The portal connects to PostgreSQL as an application role that owns nothing (scripts/lib/app-role.mjs,
// docs/decisions/0043-least-privilege-database-role.md): it reads and writes rows — an audited use
// case commits and its audit row is sealed into the hash chain — and it cannot empty, edit, disarm,
// drop or create anything, whatever it asks for in the session.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// The app's own database client (lib/server/db) connects as the application role in this file.
vi.hoisted(() => {
  process.env.DATABASE_URL = process.env.TEST_APP_DATABASE_URL;
});

import { db } from '@/lib/server/db';
import { createProgramme } from '@/lib/server/programmes/create-programme';
// @ts-expect-error — plain ESM script shared with `npm run audit:verify`, no type declarations.
import { verifyAuditChain } from '../../scripts/lib/audit-chain.mjs';
// @ts-expect-error — plain ESM script shared with the launchers, no type declarations.
import { APP_ROLE } from '../../scripts/lib/app-role.mjs';
import { createWorld } from '../factories/world';

type Verdict = { checked: number; head: string | null; problems: { id: string; problem: string }[] };

const appUrl = process.env.TEST_APP_DATABASE_URL!;
const app = new pg.Client({ connectionString: appUrl });
let w: Awaited<ReturnType<typeof createWorld>>;

beforeAll(async () => {
  await app.connect();
  // A fresh database of this file's own (tests/setup), filled through the app's client — as the role.
  w = await createWorld();
});
afterAll(() => app.end());

/** Runs statements in a transaction that is always rolled back: a refusal must come from the database. */
async function attempt(...statements: string[]): Promise<string> {
  await app.query('BEGIN');
  try {
    for (const sql of statements) await app.query(sql);
    return 'done';
  } catch (error) {
    return (error as Error).message;
  } finally {
    await app.query('ROLLBACK');
  }
}

describe('the application role', () => {
  it('is the role the portal connects as, and owns no table, schema or function', async () => {
    expect(new URL(appUrl).username).toBe(APP_ROLE);
    const [{ me }] = (await db.$queryRaw<{ me: string }[]>`SELECT current_user::text AS me`) as [{ me: string }];
    expect(me).toBe(APP_ROLE);
    const { rows } = await app.query(`
      SELECT r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolbypassrls,
             (SELECT count(*) FROM pg_class c WHERE c.relowner = r.oid)::int AS relations,
             (SELECT count(*) FROM pg_namespace n WHERE n.nspowner = r.oid)::int AS schemas,
             (SELECT count(*) FROM pg_proc p WHERE p.proowner = r.oid)::int AS functions
        FROM pg_roles r WHERE r.rolname = current_user`);
    expect(rows).toEqual([{ rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false, relations: 0, schemas: 0, functions: 0 }]);
    // Every table of the portal belongs to another role (the owner, who ran the migrations).
    const { rows: owners } = await app.query(`SELECT DISTINCT pg_get_userbyid(relowner) AS owner FROM pg_class WHERE relnamespace = 'public'::regnamespace`);
    expect(owners.map((o) => o.owner)).not.toContain(APP_ROLE);
  });

  it('reads and writes rows', async () => {
    expect(
      await attempt(
        `INSERT INTO "Province" ("code", "name") VALUES ('QN', 'Quảng Ninh (thử)')`,
        `UPDATE "Province" SET "name" = 'Quảng Ninh' WHERE "code" = 'QN'`,
        `DELETE FROM "Province" WHERE "code" = 'QN'`,
        `SELECT count(*) FROM "Project"`,
      ),
    ).toBe('done');
  });

  it('commits a use case that writes an audit row, and the row is sealed into a chain that verifies', async () => {
    const before = Number((await app.query(`SELECT count(*) FROM "AuditEvent"`)).rows[0].count);
    const { id } = await createProgramme(w.actors.sct, { code: 'CT-ROLE', name: 'Chương trình thử', level: 'KCDP', startYear: 2026, endYear: 2030 });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: 'Programme', entityId: id, event: 'create' } });
    expect(audit.chainSeq).toBe(BigInt(before + 1));
    expect(audit.hash).toMatch(/^[0-9a-f]{64}$/);
    const verdict = (await verifyAuditChain(app)) as Verdict;
    expect(verdict.problems).toEqual([]);
    expect(verdict.checked).toBe(before + 1);
    expect(verdict.head).toBe(audit.hash);
  });

  it('cannot empty, edit or delete the audit log, even asking for the reset its owner may ask for', async () => {
    await db.auditEvent.create({ data: { entityType: 'Project', entityId: w.projectA.id, event: 'note', provinceId: w.hp.province.id } });
    expect(await attempt(`TRUNCATE "AuditEvent"`)).toMatch(/permission denied for table AuditEvent/);
    expect(await attempt(`SET LOCAL khuyencong.reset_audit = 'on'`, `TRUNCATE "AuditEvent" CASCADE`)).toMatch(/permission denied for table AuditEvent/);
    expect(await attempt(`UPDATE "AuditEvent" SET "event" = 'x'`)).toMatch(/permission denied for table AuditEvent/);
    expect(await attempt(`DELETE FROM "AuditEvent"`)).toMatch(/permission denied for table AuditEvent/);
    // The three chain columns it may write (the commit-time seal) are guarded by the append-only trigger.
    expect(await attempt(`UPDATE "AuditEvent" SET "hash" = repeat('0', 64)`)).toMatch(/append-only \(UPDATE refused\)/);
    // Nor empty the tables the log refers to.
    expect(await attempt(`TRUNCATE "User" CASCADE`)).toMatch(/permission denied for table User/);
  });

  it('cannot disarm a trigger, drop, alter or create a table, or create a schema', async () => {
    expect(await attempt(`ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_no_update_delete`)).toMatch(/must be owner of table AuditEvent/);
    expect(await attempt(`ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`)).toMatch(/must be owner of table AuditEvent/);
    expect(await attempt(`DROP TABLE "Project" CASCADE`)).toMatch(/must be owner of table Project/);
    expect(await attempt(`ALTER TABLE "User" ADD COLUMN "x" int`)).toMatch(/must be owner of table User/);
    expect(await attempt(`CREATE TABLE "Backdoor" ("id" int)`)).toMatch(/permission denied for schema public/);
    expect(await attempt(`CREATE SCHEMA backdoor`)).toMatch(/permission denied for database/);
    // Nor replace the function behind the TRUNCATE guard with one that lets everything through.
    expect(await attempt(`CREATE OR REPLACE FUNCTION audit_event_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$`)).toMatch(
      /permission denied for schema public/,
    );
    const { rows } = await app.query(`SELECT pg_get_userbyid(relowner) AS owner FROM pg_class WHERE oid = '"Project"'::regclass`);
    expect(await attempt(`SET ROLE ${app.escapeIdentifier(rows[0].owner)}`)).toMatch(/permission denied to set role/);
    // Prisma's migration log is the owner's alone.
    expect(await attempt(`SELECT count(*) FROM "_prisma_migrations"`)).toMatch(/permission denied for table _prisma_migrations/);
  });
});
