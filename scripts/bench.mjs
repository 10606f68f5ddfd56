#!/usr/bin/env node
// `npm run bench`: speed and memory targets on a province-sized database.
// Loads the demo data plus BENCH_PROJECTS generated đề án (default 20 000, each with a beneficiary,
// cost lines and audit rows), starts the production server and times the pages officials use most,
// signed in as Trung tâm Khuyến công staff. Prints p50/p95 per page and the server's memory, and
// exits 1 when a target is missed. Only this machine's loopback is contacted.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { ensureDatabase, ROOT } from './lib/database.mjs';
import { bin, buildIsStale, migrate, run } from './lib/run.mjs';

const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 20_000);
const PORT = process.env.BENCH_PORT ?? '3200';
const BASE = `http://localhost:${PORT}`;
const SAMPLES = 30;
// Targets: p95 in milliseconds, memory in MiB.
const TARGETS = { list: 300, listDeep: 300, search: 500, detail: 250, home: 300, rssMiB: 800 };

async function sql(url, text) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

async function generateProjects(url, count) {
  // One statement per table, all set-based: 20 000 đề án load in a few seconds.
  await sql(
    url,
    `INSERT INTO "Project" ("provinceId", code, name, year, "fundingLevel", "contentCategoryId", "implementingOrgId", "adminUnitId",
       status, "totalCostVnd", "stateSupportVnd", "counterpartVnd", "approvedSupportVnd", "createdById", "updatedAt")
     SELECT p.id, 'BENCH-' || g, 'Hỗ trợ ứng dụng máy móc thiết bị tiên tiến số ' || g, 2020 + (g % 7),
       (CASE WHEN g % 3 = 0 THEN 'KCQG' ELSE 'KCDP' END)::"ProgrammeLevel",
       (SELECT id FROM "ContentCategory" ORDER BY id OFFSET (g % 20) LIMIT 1),
       (SELECT id FROM "Organization" WHERE kind = 'TTKC' AND "provinceId" = p.id LIMIT 1),
       (SELECT id FROM "AdminUnit" WHERE "provinceId" = p.id ORDER BY id OFFSET (g % 114) LIMIT 1),
       (ARRAY['DRAFT','SUBMITTED','APPROVED','IN_PROGRESS','ACCEPTED','SETTLED'])[1 + g % 6]::"ProjectStatus",
       600000000, 300000000, 300000000, 280000000, 1, now()
     FROM generate_series(1, ${count}) g, (SELECT id FROM "Province" WHERE code = 'HP') p`,
  );
  await sql(
    url,
    `INSERT INTO "ProjectBeneficiary" ("projectId", "facilityId", equipment)
     SELECT pr.id, (SELECT id FROM "Facility" WHERE "provinceId" = pr."provinceId" ORDER BY id OFFSET (pr.id % 25) LIMIT 1), 'Máy CNC'
     FROM "Project" pr WHERE pr.code LIKE 'BENCH-%'`,
  );
  await sql(
    url,
    `INSERT INTO "CostLine" ("projectId", "sortOrder", item, unit, quantity, "unitPriceVnd", "amountVnd", "stateSupportVnd", "counterpartVnd")
     SELECT pr.id, s, 'Máy móc thiết bị ' || s, 'Bộ', 1, 300000000, 300000000, 150000000, 150000000
     FROM "Project" pr, generate_series(1, 2) s WHERE pr.code LIKE 'BENCH-%'`,
  );
  await sql(
    url,
    `INSERT INTO "AuditEvent" ("provinceId", "actorId", "entityType", "entityId", event, "fromStatus", "toStatus")
     SELECT pr."provinceId", 1, 'Project', pr.id, 'submit', 'DRAFT', 'SUBMITTED' FROM "Project" pr WHERE pr.code LIKE 'BENCH-%'`,
  );
  await sql(url, 'ANALYZE');
}

async function signIn(username, password) {
  const csrfRes = await fetch(`${BASE}/api/auth/csrf`);
  const cookies = csrfRes.headers.getSetCookie().map((c) => c.split(';')[0]);
  const { csrfToken } = await csrfRes.json();
  const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies.join('; ') },
    body: new URLSearchParams({ csrfToken, username, password, json: 'true' }),
  });
  const all = [...cookies, ...res.headers.getSetCookie().map((c) => c.split(';')[0])];
  if (!all.some((c) => c.startsWith('next-auth.session-token='))) throw new Error('bench sign-in failed');
  return all.join('; ');
}

async function time(path, cookie) {
  const started = performance.now();
  const res = await fetch(`${BASE}${path}`, { headers: { cookie }, redirect: 'manual' });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
  return performance.now() - started;
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function rssMiB(pid) {
  // The server and its children (next start may fork a worker).
  let total = 0;
  const visit = (p) => {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      for (const child of readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) visit(child);
    } catch {}
  };
  visit(pid);
  return total / 1024;
}

const server = await ensureDatabase({ database: 'postgres' });
let web;
let failed = false;
try {
  const adminUrl = new URL(server.url);
  await sql(adminUrl.toString(), 'DROP DATABASE IF EXISTS kc_bench WITH (FORCE)');
  await sql(adminUrl.toString(), 'CREATE DATABASE kc_bench');
  adminUrl.pathname = '/kc_bench';
  const url = adminUrl.toString();
  const env = { DATABASE_URL: url, NEXTAUTH_SECRET: 'bench-secret-0123456789abcdef', NEXTAUTH_URL: BASE };
  await migrate(url);
  await run(bin('tsx'), ['prisma/seed.ts'], env);
  let t = performance.now();
  await generateProjects(url, PROJECTS);
  console.log(`generated ${PROJECTS} đề án in ${Math.round(performance.now() - t)} ms`);
  if (buildIsStale()) await run(bin('next'), ['build'], env);
  web = spawn(bin('next'), ['start', '-p', PORT], { cwd: ROOT, stdio: 'ignore', env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env, ...env } });
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${BASE}/dang-nhap`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  const cookie = await signIn('ttkc.canbo', 'KhuyenCong@2026');
  const { rows } = await sql(url, `SELECT id FROM "Project" WHERE code = 'BENCH-777'`);
  const pages = {
    home: '/',
    list: '/de-an',
    listDeep: `/de-an?page=${Math.floor(PROJECTS / 40)}`,
    search: '/de-an?q=ung+dung+may+moc+so+1234',
    detail: `/de-an/${rows[0].id}`,
  };
  const results = [];
  for (const [name, path] of Object.entries(pages)) {
    for (let i = 0; i < 3; i++) await time(path, cookie); // warm-up
    const samples = [];
    for (let i = 0; i < SAMPLES; i++) samples.push(await time(path, cookie));
    const p95 = percentile(samples, 95);
    const ok = p95 <= TARGETS[name];
    failed ||= !ok;
    results.push({ page: name, path, p50: Math.round(percentile(samples, 50)), p95: Math.round(p95), target: TARGETS[name], ok });
  }
  const rss = Math.round(rssMiB(web.pid));
  failed ||= rss > TARGETS.rssMiB;
  console.table(results);
  console.log(`server memory (RSS): ${rss} MiB (target ≤ ${TARGETS.rssMiB} MiB) ${rss <= TARGETS.rssMiB ? 'ok' : 'MISSED'}`);
} finally {
  web?.kill('SIGTERM');
  await server.stop();
}
console.log(failed ? 'bench: a target was missed' : 'bench: all targets met');
process.exit(failed ? 1 : 0);
