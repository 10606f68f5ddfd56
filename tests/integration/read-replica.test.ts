// DATABASE_READ_URL: the đề án list and the reports read from a second, read-only connection (a
// streaming replica in a national deployment), while every write goes to the primary.
// The "replica" here is a second database cloned from the migrated template, opened read-only: a
// đề án written to the primary does not appear in the list until the replica has it, and a read
// path that tried to write would fail ("cannot execute … in a read-only transaction").
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { adminSql } from '../setup/admin-sql';

const adminUrl = inject('adminDatabaseUrl');
const runId = inject('testRunId');
const primaryUrl = new URL(process.env.DATABASE_URL!);
const replicaName = `${primaryUrl.pathname.slice(1)}_replica`;

const admin = (sql: string) => adminSql(adminUrl, sql);

/** A connection string opening every transaction read-only, as on a hot standby. */
function readOnly(url: URL): string {
  const u = new URL(url);
  u.searchParams.set('options', '-c default_transaction_read_only=on');
  return u.toString();
}

beforeAll(async () => {
  await admin(`CREATE DATABASE ${replicaName} TEMPLATE ${runId}_template`);
});
afterAll(async () => {
  delete process.env.DATABASE_READ_URL;
  await admin(`DROP DATABASE IF EXISTS ${replicaName} WITH (FORCE)`);
});

/** The app's modules loaded afresh with DATABASE_READ_URL set (env() and the clients are per module load). */
async function loadWithReadUrl(readUrl: string) {
  vi.resetModules();
  process.env.DATABASE_READ_URL = readUrl;
  const [{ db, dbRead }, { findProjects }, { findSummaryReport }, { projectListQuerySchema }, factories, world] = await Promise.all([
    import('@/lib/server/db'),
    import('@/lib/server/projects/find-projects'),
    import('@/lib/server/reports/find-summary-report'),
    import('@/lib/schemas/project'),
    import('../factories/project'),
    import('../factories/world'),
  ]);
  return { db, dbRead, findProjects, findSummaryReport, projectListQuerySchema, factories, world };
}

describe('reads pointed at a replica', () => {
  it('the list and the report read the replica: a đề án only on the primary is not listed there', async () => {
    const replica = new URL(primaryUrl);
    replica.pathname = `/${replicaName}`;
    const app = await loadWithReadUrl(readOnly(replica));
    expect(app.dbRead).not.toBe(app.db);
    await app.world.resetDatabase();
    const w = await app.factories.createProjectWorld();
    const project = await app.factories.createDossierProject(w, { name: 'Hỗ trợ máy sấy nông sản chỉ có ở máy chủ chính' });

    // Written to the primary …
    expect(await app.db.project.count({ where: { id: project.id } })).toBe(1);
    // … the replica (which has not received it) answers the list and the report.
    const list = await app.findProjects(w.actors.ttkc, app.projectListQuerySchema.parse({ q: 'may say nong san' }));
    expect(list.total).toBe(0);
    const report = await app.findSummaryReport(w.actors.sct, { yearFrom: 2021, yearTo: 2030 });
    expect(report.total?.projects ?? 0n).toBe(0n);
    await app.db.$disconnect();
    await app.dbRead.$disconnect();
  });

  it('on a replica holding the data, the list and the report answer without writing anything', async () => {
    // The primary's own database, opened read-only: every read path works on a hot standby.
    const app = await loadWithReadUrl(readOnly(primaryUrl));
    await app.world.resetDatabase();
    const w = await app.factories.createProjectWorld();
    const project = await app.factories.createDossierProject(w, { name: 'Hỗ trợ máy sấy nông sản trên bản sao' });

    const list = await app.findProjects(w.actors.ttkc, app.projectListQuerySchema.parse({ q: 'may say nong san' }));
    expect(list.rows.map((r) => r.id)).toEqual([project.id]);
    const report = await app.findSummaryReport(w.actors.sct, { yearFrom: 2021, yearTo: 2030 });
    expect(report.total?.projects).toBeGreaterThanOrEqual(1n);
    // The connection really is read-only: a write through it is refused by PostgreSQL.
    await expect(app.dbRead.$executeRawUnsafe(`UPDATE "Project" SET name = name WHERE id = ${project.id}`)).rejects.toThrow(/read-only/);
    await app.db.$disconnect();
    await app.dbRead.$disconnect();
  });
});
