// The read cache keyed by the data version (migration 20261205090000_data_version_read_cache,
// lib/server/read-cache.ts): a report page read twice is computed once, and any committed business
// write — a transition through a use case, a payment, a plain row update, a history import — makes
// the next read compute again, so a leader never sees figures older than the last commit.
import { beforeEach, describe, expect, it } from 'vitest';
import { projectListQuerySchema } from '@/lib/schemas/project';
import { db } from '@/lib/server/db';
import { controlPayment } from '@/lib/server/payments/control-payment';
import { cachedRead } from '@/lib/server/read-cache';
import { findProjectListPage } from '@/lib/server/projects/find-project-list-page';
import { findDashboard } from '@/lib/server/reports/find-dashboard';
import { findReportPage } from '@/lib/server/reports/find-report-page';
import { createPaymentRequest, createPaymentWorld, type PaymentWorld } from '../factories/payment';
import { createWorldReportedProject, seedReportCategories } from '../factories/report';
import { freshWorld } from '../factories/world';

let w: PaymentWorld;
let cat: Map<string, number>;

beforeEach(async () => {
  w = await freshWorld(createPaymentWorld);
  cat = await seedReportCategories();
});

async function version(): Promise<bigint> {
  const [row] = await db.$queryRaw<{ version: bigint }[]>`SELECT "version" FROM "DataVersion" WHERE "id" = 1`;
  return row!.version;
}

/** The province's counted support and paid money, summed here from the đề án rows. */
async function provinceSums(provinceId: number) {
  const [row] = await db.$queryRaw<{ projects: bigint; state: bigint; paid: bigint }[]>`
    SELECT count(*)::bigint AS projects, COALESCE(sum(COALESCE("approvedSupportVnd", "stateSupportVnd")), 0)::bigint AS state,
           COALESCE(sum("disbursedVnd"), 0)::bigint AS paid
    FROM "Project" WHERE "provinceId" = ${provinceId}
      AND "status" IN ('APPROVED','CONTRACTED','IN_PROGRESS','UNDER_ACCEPTANCE','ACCEPTED','LIQUIDATED','SETTLED','CLOSED')`;
  return row!;
}

describe('the data version', () => {
  it('is bumped by every business table and by nothing else — a new table must choose', async () => {
    const rows = await db.$queryRaw<{ tablename: string; bumps: boolean }[]>`
      SELECT t.tablename, EXISTS (
        SELECT 1 FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
        WHERE c.relname = t.tablename AND g.tgname = 'data_version_bump') AS bumps
      FROM pg_tables t WHERE t.schemaname = 'public' ORDER BY t.tablename`;
    // Written without business figures, or never read by a cached read (lib/server/read-cache.ts).
    const left = ['AuditEvent', 'Notification', 'OutboundEmail', 'SentReminder', 'JobRun', 'SignInThrottle', 'ApiAccessLog', 'ApiClient', 'ApiToken', 'EmailVerification', 'User', 'DataVersion', 'ReadCache', '_prisma_migrations'];
    expect(rows.filter((r) => !r.bumps).map((r) => r.tablename).sort()).toEqual([...left].sort());
    expect(rows.filter((r) => r.bumps).length).toBeGreaterThan(50);
  });

  it('moves once per committed transaction, however many rows it wrote, and not for a rollback', async () => {
    const before = await version();
    await db.$transaction(async (tx) => {
      await tx.project.update({ where: { id: w.projectA.id }, data: { name: 'Đề án đổi tên một' } });
      await tx.project.update({ where: { id: w.projectA.id }, data: { name: 'Đề án đổi tên hai' } });
      await tx.facility.update({ where: { id: w.facilityB.id }, data: { name: 'Cơ sở đổi tên' } });
    });
    expect(await version()).toBe(before + 1n);
    await expect(
      db.$transaction(async (tx) => {
        await tx.project.update({ where: { id: w.projectA.id }, data: { name: 'Không lưu' } });
        throw new Error('huỷ');
      }),
    ).rejects.toThrow('huỷ');
    expect(await version()).toBe(before + 1n);
    // A notification is not a business figure: it leaves the version alone.
    await db.notification.create({ data: { userId: w.actors.sct.id, title: 'Thử', body: 'Thử' } });
    expect(await version()).toBe(before + 1n);
  });

  it('lets concurrent writers that audit and lock in either order all commit', async () => {
    const before = await version();
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        db.$transaction(async (tx) => {
          if (i % 2) await tx.auditEvent.create({ data: { provinceId: w.hp.province.id, actorId: w.actors.ttkc.id, entityType: 'Project', entityId: w.projectA.id, event: 'thu' } });
          await tx.project.update({ where: { id: i % 4 < 2 ? w.projectA.id : w.projectB.id }, data: { progressPercent: { increment: 1 } } });
          if (!(i % 2)) await tx.auditEvent.create({ data: { provinceId: w.hp.province.id, actorId: w.actors.ttkc.id, entityType: 'Project', entityId: w.projectB.id, event: 'thu' } });
        }),
      ),
    );
    expect(await version()).toBe(before + 8n);
  });
});

describe('cachedRead', () => {
  it('computes once per version and gives back whole đồng and dates exactly', async () => {
    let computed = 0;
    const read = () => cachedRead('test', { a: 1 }, async () => ({ n: ++computed, vnd: 9_007_199_254_740_993n, on: new Date('2026-12-01T02:03:04.005Z') }));
    const first = await read();
    expect(await read()).toEqual(first);
    expect(first).toEqual({ n: 1, vnd: 9_007_199_254_740_993n, on: new Date('2026-12-01T02:03:04.005Z') });
    await db.project.update({ where: { id: w.projectA.id }, data: { name: 'Đề án mới' } });
    expect((await read()).n).toBe(2);
    expect((await read()).n).toBe(2);
    // Another key is another entry.
    expect((await cachedRead('test', { a: 2 }, async () => ({ n: 99 }))).n).toBe(99);
  });

  it('uses what this process decoded only while that very entry is the kept one', async () => {
    let computed = 0;
    const read = () => cachedRead('test', { decoded: 1 }, async () => ({ n: ++computed, rows: [{ vnd: 5n }] }));
    await read(); // computed and kept
    const decoded = await read(); // read from the kept entry
    expect(await read()).toBe(decoded); // the same entry: not decoded again
    expect(computed).toBe(1);
    // Readers share it, so none may change it for the next.
    expect(() => (decoded.rows as { vnd: bigint }[]).push({ vnd: 1n })).toThrow(TypeError);
    expect(() => ((decoded.rows[0] as { vnd: bigint }).vnd = 1n)).toThrow(TypeError);
    // Another instance (or a restored database) keeps a different entry at the same version: it wins.
    await db.$executeRaw`UPDATE "ReadCache" SET "payload" = '{"n":41,"rows":[]}', "createdAt" = "createdAt" + INTERVAL '1 millisecond' WHERE "key" LIKE 'test:%'`;
    expect(await read()).toEqual({ n: 41, rows: [] });
    // A committed write still makes the next read compute.
    await db.project.update({ where: { id: w.projectA.id }, data: { name: 'Đề án mới' } });
    expect((await read()).n).toBe(2);
  });

  it('keeps no entry of a version that has passed', async () => {
    await cachedRead('test', { k: 1 }, async () => 1);
    await db.project.update({ where: { id: w.projectA.id }, data: { name: 'Đề án mới' } });
    await cachedRead('test', { k: 2 }, async () => 2);
    const kept = await db.readCache.findMany({ select: { version: true } });
    expect(kept).toEqual([{ version: await version() }]);
  });
});

describe('the report page read through the cache', () => {
  const project = (over: Parameters<typeof createWorldReportedProject>[2] = {}) => createWorldReportedProject(w, cat, over);

  async function expectTotalsOfRecords() {
    const page = await findReportPage(w.actors.sct, {});
    const sums = await provinceSums(w.hp.province.id);
    expect({ projects: page.report.total?.projects, state: page.report.total?.stateSupportVnd, paid: page.report.total?.paidVnd }).toEqual({
      projects: sums.projects,
      state: sums.state,
      paid: sums.paid,
    });
    return page;
  }

  it('shows a new đề án, a payment and a change of support as soon as each is committed', async () => {
    await project();
    const before = await expectTotalsOfRecords();
    expect(await findReportPage(w.actors.sct, {})).toEqual(before);

    await project({ stateSupportVnd: 123_456_789n, status: 'APPROVED' });
    const added = await expectTotalsOfRecords();
    expect(added.report.total?.projects).toBe((before.report.total?.projects ?? 0n) + 1n);

    const sent = await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 40_000_001n, 'SENT_TO_TREASURY');
    await controlPayment(w.actors.kbnn, { paymentRequestId: sent, decision: 'pay', paymentOrderNumber: 'UNC-9' });
    const paid = await expectTotalsOfRecords();
    expect(paid.report.total?.paidVnd).toBe((added.report.total?.paidVnd ?? 0n) + 40_000_001n);

    await db.project.update({ where: { id: w.projectA.id }, data: { approvedSupportVnd: 1n } });
    await expectTotalsOfRecords();
  });

  it('gives the home dashboard the new đề án at once, and none to a role without reports', async () => {
    await project();
    const before = await findDashboard(w.actors.sct);
    expect(await findDashboard(w.actors.sct)).toEqual(before);
    await project({ year: 2027, stateSupportVnd: 7_000_001n });
    const after = await findDashboard(w.actors.sct);
    const year2027 = after?.byYear.find((r) => r.key === '2027-2027' || r.label.includes('2027'));
    expect(year2027).toMatchObject({ projects: 1, stateSupportVnd: 7_000_001 });
    expect(await findDashboard(w.actors.kbnn)).toBeNull();
  });

  it('keeps each scope apart: a xã officer never gets the province leader’s figures', async () => {
    await project({ adminUnitId: w.xaB.id });
    const leader = await findReportPage(w.actors.sct, {});
    const xa = await findReportPage(w.actors.xaA, {});
    expect(xa.report.total?.projects ?? 0n).toBeLessThan(leader.report.total?.projects ?? 0n);
    expect(xa.report.byXa.every((r) => r.key === null || Number(r.key) === w.actors.xaA.adminUnitId)).toBe(true);
  });
});

describe('the đề án list read through the cache', () => {
  /** The query as the page reads it from the address. */
  const listQuery = (search: Record<string, string> = {}) => projectListQuerySchema.parse(search);

  it('counts and shows a đề án the moment it is created, renamed or deleted', async () => {
    const first = await findProjectListPage(w.actors.ttkc, listQuery());
    expect(await findProjectListPage(w.actors.ttkc, listQuery())).toEqual(first);
    const added = await createWorldReportedProject(w, cat, { year: 2099 });
    const after = await findProjectListPage(w.actors.ttkc, listQuery());
    expect(after.result.total).toBe(first.result.total + 1);
    expect(after.result.rows[0]).toMatchObject({ id: added.id, name: added.name });
    expect(after.options.years[0]).toBe(2099);
    await db.project.update({ where: { id: added.id }, data: { name: 'Tên mới của đề án' } });
    expect((await findProjectListPage(w.actors.ttkc, listQuery())).result.rows[0]!.name).toBe('Tên mới của đề án');
    await db.project.delete({ where: { id: added.id } });
    expect((await findProjectListPage(w.actors.ttkc, listQuery())).result.total).toBe(first.result.total);
  });

  it('reads a text search fresh and keeps no entry for it', async () => {
    await db.readCache.deleteMany();
    await findProjectListPage(w.actors.ttkc, listQuery({ q: 'gốm' }));
    expect(await db.readCache.count()).toBe(0);
  });
});
