#!/usr/bin/env node
// `npm run bench:profile`: where a page's time goes (issue 16: "profile a request before tuning").
// Uses the benchmark database (kc_bench; generated like `npm run bench` when missing or smaller
// than BENCH_PROJECTS), starts the production server under the V8 CPU profiler with the SQL log on,
// requests each page PROFILE_REQUESTS times one after another, then reports per page: server CPU
// per request (process CPU time between the first and the last request), the SQL statements the
// page issued per request and their total time on the server side, and — over the whole run — the
// functions and packages that took the CPU. Writes bench/profile.md and the raw .cpuprofile in
// .data/profile/. PROFILE_PAGES narrows the run to some pages (e.g. PROFILE_PAGES=home).
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateBenchData } from './generate.mjs';
import { signIn, waitForPage } from './load.mjs';
import { ensureDatabase, ROOT, withClient } from '../lib/database.mjs';
import { bin, buildIsStale, migrate, run, seedDemo } from '../lib/run.mjs';

const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 100_000);
const REQUESTS = Number(process.env.PROFILE_REQUESTS ?? 30);
const PORT = process.env.BENCH_PORT ?? '3200';
// PROFILE_PAGES=home,list: only the pages whose name contains one of these words (default: all).
const ONLY = (process.env.PROFILE_PAGES ?? '').split(',').map((w) => w.trim()).filter(Boolean);
const BASE = `http://localhost:${PORT}`;
const PASSWORD = 'KhuyenCong@2026';
const PROFILE_DIR = path.join(ROOT, '.data', 'profile');

/** CPU seconds (user + system) of a process and its children, from /proc. */
function cpuMs(pid) {
  const ticks = (p) => {
    try {
      const fields = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ');
      let own = Number(fields[11]) + Number(fields[12]);
      for (const child of readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) own += ticks(child);
      return own;
    } catch {
      return 0;
    }
  };
  return ticks(pid) * 10; // USER_HZ = 100
}

const server = await ensureDatabase({ database: 'postgres' });
let web;
try {
  const adminUrl = new URL(server.url);
  adminUrl.pathname = '/kc_bench';
  const url = adminUrl.toString();
  const env = { DATABASE_URL: url, NEXTAUTH_SECRET: 'bench-secret-0123456789abcdef', NEXTAUTH_URL: BASE };
  const existing = await withClient(server.url, async (c) => (await c.query(`SELECT 1 FROM pg_database WHERE datname = 'kc_bench'`)).rowCount);
  const projects = existing ? await withClient(url, async (c) => Number((await c.query(`SELECT count(*) FROM "Project"`).catch(() => ({ rows: [{ count: 0 }] }))).rows[0].count)) : 0;
  if (projects < PROJECTS) {
    await withClient(server.url, async (c) => {
      await c.query('DROP DATABASE IF EXISTS kc_bench WITH (FORCE)');
      await c.query('CREATE DATABASE kc_bench');
    });
    await migrate(url);
    await seedDemo(env);
    console.log(`generating ${PROJECTS} đề án …`);
    await generateBenchData(url, { projects: PROJECTS });
  } else {
    await migrate(url);
  }
  if (buildIsStale()) await run(bin('next'), ['build'], env);

  rmSync(PROFILE_DIR, { recursive: true, force: true });
  mkdirSync(PROFILE_DIR, { recursive: true });
  const sqlLog = [];
  web = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`, path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-p', PORT], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env, ...env, DB_LOG_QUERIES: 'true', JOBS_IN_PROCESS: 'false' },
  });
  let buffered = '';
  web.stdout.on('data', (chunk) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop();
    for (const line of lines) {
      const m = /^\[sql\] (\d+(?:\.\d+)?) ms (.*)$/.exec(line);
      if (m) sqlLog.push({ ms: Number(m[1]), text: m[2] });
    }
  });
  await waitForPage(`${BASE}/dang-nhap`);
  const cookies = {};
  for (const user of ['ttkc.canbo', 'sct.lanhdao', 'khobac.canbo']) cookies[user] = await signIn(BASE, user, PASSWORD);
  const detailId = await withClient(url, async (c) => (await c.query(`SELECT id FROM "Project" WHERE status = 'IN_PROGRESS' ORDER BY id LIMIT 1`)).rows[0].id);
  const pages = [
    { name: 'home (Trung tâm)', path: '/', user: 'ttkc.canbo' },
    { name: 'đề án list', path: '/de-an', user: 'ttkc.canbo' },
    { name: 'search without diacritics', path: '/de-an?q=ung+dung+may+moc', user: 'ttkc.canbo' },
    { name: 'đề án page', path: `/de-an/${detailId}`, user: 'ttkc.canbo' },
    { name: 'Kho bạc queue', path: '/kho-bac', user: 'khobac.canbo' },
    { name: 'summary report', path: '/bao-cao', user: 'sct.lanhdao' },
  ].filter((p) => !ONLY.length || ONLY.some((w) => p.name.includes(w)));
  const rows = [];
  for (const page of pages) {
    const get = async () => {
      const res = await fetch(`${BASE}${page.path}`, { headers: { cookie: cookies[page.user] }, redirect: 'manual' });
      const bytes = (await res.arrayBuffer()).byteLength;
      if (res.status !== 200) throw new Error(`${page.path} answered ${res.status}`);
      return bytes;
    };
    await get();
    await get(); // warm
    const sqlFrom = sqlLog.length;
    const cpuFrom = cpuMs(web.pid);
    const started = performance.now();
    let bytes = 0;
    for (let i = 0; i < REQUESTS; i++) bytes = await get();
    const wall = (performance.now() - started) / REQUESTS;
    const cpu = (cpuMs(web.pid) - cpuFrom) / REQUESTS;
    const statements = sqlLog.slice(sqlFrom);
    const sqlMs = statements.reduce((s, q) => s + q.ms, 0) / REQUESTS;
    const distinct = new Map();
    for (const q of statements) {
      const key = q.text.replace(/\s+/g, ' ').slice(0, 140);
      const d = distinct.get(key) ?? { count: 0, ms: 0 };
      d.count++;
      d.ms += q.ms;
      distinct.set(key, d);
    }
    rows.push({
      ...page,
      wallMs: Math.round(wall),
      cpuMs: Math.round(cpu),
      statements: Math.round((statements.length / REQUESTS) * 10) / 10,
      sqlMs: Math.round(sqlMs * 10) / 10,
      kib: Math.round(bytes / 1024),
      slowest: [...distinct.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 5).map(([text, d]) => ({ text, perRequest: d.count / REQUESTS, ms: Math.round((d.ms / d.count) * 10) / 10 })),
    });
    console.log(`${page.name}: ${Math.round(wall)} ms wall, ${Math.round(cpu)} ms server CPU, ${statements.length / REQUESTS} SQL statements (${Math.round(sqlMs)} ms) per request`);
  }
  web.kill('SIGINT');
  await new Promise((resolve) => web.on('exit', resolve));
  web = null;
  const profile = readdirSync(PROFILE_DIR).filter((f) => f.endsWith('.cpuprofile')).map((f) => JSON.parse(readFileSync(path.join(PROFILE_DIR, f), 'utf8')));
  const hot = summariseProfiles(profile);
  const md = markdown(rows, hot);
  mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench', 'profile.md'), md);
  console.log(md);
} finally {
  web?.kill('SIGINT');
  await server.stop();
}

/** Self time by function and by package over every profile written (the server and its workers). */
function summariseProfiles(profiles) {
  const byFunction = new Map();
  const byPackage = new Map();
  let total = 0;
  for (const p of profiles) {
    const self = new Map();
    const dt = p.timeDeltas ?? [];
    (p.samples ?? []).forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0)));
    for (const node of p.nodes) {
      const us = self.get(node.id) ?? 0;
      if (!us) continue;
      const { functionName, url, lineNumber } = node.callFrame;
      if (functionName === '(idle)' || functionName === '(program)' || functionName === '(garbage collector)') {
        byPackage.set(functionName, (byPackage.get(functionName) ?? 0) + us);
        if (functionName !== '(idle)') total += us;
        continue;
      }
      total += us;
      const file = url.replace(/^file:\/\//, '').replace(ROOT + '/', '');
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ?? (file.startsWith('.next/') ? 'app (.next)' : file.startsWith('node:') || !file ? 'node' : file);
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
      const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    }
  }
  const top = (m, n) => [...m.entries()].filter(([k]) => k !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => ({ name: k, ms: Math.round(us / 1000), share: Math.round((us / total) * 1000) / 10 }));
  return { totalMs: Math.round(total / 1000), packages: top(byPackage, 15), functions: top(byFunction, 25) };
}

function markdown(rows, hot) {
  return [
    `# Profile — ${PROJECTS.toLocaleString('vi-VN')} đề án, ${REQUESTS} sequential requests per page, ${new Date().toISOString().slice(0, 10)}`,
    '',
    '| page | wall ms / request | server CPU ms / request | SQL statements / request | SQL ms / request | HTML KiB |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.name} | ${r.wallMs} | ${r.cpuMs} | ${r.statements} | ${r.sqlMs} | ${r.kib} |`),
    '',
    '## Slowest statements per page',
    '',
    ...rows.flatMap((r) => [`**${r.name}**`, '', ...r.slowest.map((s) => `- ${s.ms} ms × ${s.perRequest}: \`${s.text.replace(/`/g, "'")}\``), '']),
    `## Server CPU over the run (${hot.totalMs} ms sampled), by package`,
    '',
    '| package | ms | share |',
    '| --- | --- | --- |',
    ...hot.packages.map((p) => `| ${p.name} | ${p.ms} | ${p.share} % |`),
    '',
    '## Hottest functions (self time)',
    '',
    '| function | ms | share |',
    '| --- | --- | --- |',
    ...hot.functions.map((f) => `| \`${f.name}\` | ${f.ms} | ${f.share} % |`),
    '',
  ].join('\n');
}
