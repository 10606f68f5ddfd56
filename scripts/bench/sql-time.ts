// The SQL a page issues, timed inside PostgreSQL. Runs a page's own use case in this process with
// pg's Client.query wrapped, so every statement Prisma sends is captured with its parameters, then
// times each one with EXPLAIN (ANALYZE) — planning plus execution, no network or serialisation.
// Usage (from scripts/bench.mjs): tsx --import ./scripts/bench/server-only-stub.mjs scripts/bench/sql-time.ts <probe.json>
// prints {"name": {"statements": n, "sqlMs": x, "plans": [...]}, …} as JSON on stdout.
import { readFileSync } from 'node:fs';
import pg from 'pg';

interface Captured {
  text: string;
  values: unknown[];
}
let capturing: Captured[] | null = null;
const originalQuery = pg.Client.prototype.query;
// Every statement of the adapter's pool goes through Client#query (text + values or a config object).
pg.Client.prototype.query = function capture(this: pg.Client, ...args: unknown[]) {
  const [first, second] = args;
  if (capturing) {
    const text = typeof first === 'string' ? first : (first as { text?: string })?.text;
    const values = Array.isArray(second) ? second : ((first as { values?: unknown[] })?.values ?? []);
    if (text && !/^\s*(BEGIN|COMMIT|ROLLBACK|SET|DEALLOCATE)/i.test(text)) capturing.push({ text, values });
  }
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

type Probe = { name: string; username: string; useCase: 'findProjects' | 'report' | 'treasury'; query?: Record<string, string> };

async function main() {
  const probes = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Probe[];
  const { db, projectListQuerySchema, reportQuerySchema, findProjects, findProjectFilterOptions, findSummaryReport, findPlanVsDone, findRecoverableSummary, findReportOptions, findTreasuryQueue, findProgrammes, findProgrammeProgress } =
    await import('./page-use-cases');
  const explain = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await explain.connect();
  const out: Record<string, { statements: number; sqlMs: number; slowest: string }> = {};
  for (const probe of probes) {
    const user = await db.user.findUniqueOrThrow({ where: { username: probe.username } });
    const actor = { id: user.id, role: user.role, fullName: user.fullName, provinceId: user.provinceId, organizationId: user.organizationId, adminUnitId: user.adminUnitId, facilityId: user.facilityId };
    // Every figure of the report page (app/(portal)/bao-cao/page.tsx): the summary, plan vs done,
    // recoverable support, the filters' options and the progress of up to two programmes.
    const useCase =
      probe.useCase === 'report'
        ? async () => {
            const query = reportQuerySchema.parse(probe.query ?? {});
            const programmes = (await findProgrammes(actor)).filter((p) => p._count.targets > 0).slice(0, 2);
            return Promise.all([
              findSummaryReport(actor, query),
              findPlanVsDone(actor, query),
              findRecoverableSummary(actor, query),
              findReportOptions(actor),
              ...programmes.map((p) => findProgrammeProgress(actor, p.id)),
            ]);
          }
        : probe.useCase === 'treasury'
          ? () => findTreasuryQueue(actor)
          : // The đề án list page (app/(portal)/de-an/page.tsx): its rows and its filters' options.
            () => {
              const query = projectListQuerySchema.parse(probe.query ?? {});
              return Promise.all([findProjects(actor, query), findProjectFilterOptions(actor, query.facility)]);
            };
    await useCase(); // warm caches the same way the page's earlier requests did
    capturing = [];
    await useCase();
    const statements = capturing;
    capturing = null;
    let sqlMs = 0;
    let slowest = { ms: 0, text: '' };
    for (const s of statements) {
      const { rows } = await explain.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${s.text}`, s.values as unknown[]);
      const plan = (rows[0] as { 'QUERY PLAN': [{ 'Planning Time': number; 'Execution Time': number }] })['QUERY PLAN'][0];
      const ms = plan['Planning Time'] + plan['Execution Time'];
      sqlMs += ms;
      if (ms > slowest.ms) slowest = { ms, text: s.text.replace(/\s+/g, ' ').slice(0, 160) };
    }
    out[probe.name] = { statements: statements.length, sqlMs: Math.round(sqlMs * 10) / 10, slowest: slowest.text };
  }
  await explain.end();
  await db.$disconnect();
  process.stdout.write(JSON.stringify(out));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
