#!/usr/bin/env node
// `npm test`: unit + integration tests (Vitest, real PostgreSQL), then the Playwright journeys in
// Debian's Chromium against a production build. `npm run test:e2e` runs only the journeys.
// Ends with one line "N passed, N failed" summing every runner.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { ensureDatabase, ROOT } from './lib/database.mjs';
import { bin, buildIsStale, installJobQueues, migrate, run, seedDemo, serverNodeOptions } from './lib/run.mjs';

const onlyE2e = process.argv[2] === 'e2e';
// `npm run test:e2e -- access.spec.ts`: the rest of the arguments go to Playwright (files, --grep …).
const playwrightArgs = onlyE2e ? process.argv.slice(3) : [];
const reports = path.join(ROOT, '.data', 'test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const E2E_DB = process.env.E2E_DB ?? 'kc_e2e';
const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
// One journey at a time leaves gaps while the browser, the server and PostgreSQL take turns, so the
// journeys run in E2E_WORKERS Playwright workers, default 2 (12.5 → 9.3 min; docs/decisions/0051).
// Each worker is a slot with a database of its own (the seeded one, cloned) and two production
// instances on it, ports E2E_PORT + 2·slot and the next: tests/e2e/instances.spec.ts signs in on one
// instance and works on the other (nothing that matters may live in one process's memory), and no
// journey meets another slot's changes.
const E2E_WORKERS = Math.min(Math.max(Number.parseInt(process.env.E2E_WORKERS ?? '2', 10) || 1, 1), 4);
// The suite never reads the real date: the e2e server, the seed and the journeys share one fixed
// clock (lib/server/clock.ts; the same default as tests/setup/test-clock.ts). Override it to prove
// the suite does not depend on the calendar: CLOCK_FIXED_AT=2031-01-01T09:00:00+07:00 npm test.
const CLOCK_FIXED_AT = process.env.CLOCK_FIXED_AT ?? '2027-03-01T09:00:00+07:00';
const totals = { passed: 0, failed: 0, skipped: 0 };
let failedRunner = false;
// The names of failing tests, repeated at the very end: CI keeps only the tail of a long log.
const failures = [];

async function runCounted(label, command, args, env, reportFile, count, listFailures) {
  try {
    await run(command, args, env);
  } catch (error) {
    failedRunner = true;
    console.error(`\n[test] ${label}: ${error.message}`);
  }
  if (existsSync(reportFile)) {
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    const c = count(report);
    failures.push(...listFailures(report).map((name) => `${label}: ${name}`));
    totals.passed += c.passed;
    totals.failed += c.failed;
    totals.skipped += c.skipped;
  } else {
    failedRunner = true;
    console.error(`[test] ${label} wrote no report`);
  }
}

const firstLine = (text) => String(text ?? '').split('\n').find((line) => line.trim()) ?? '';

function filesFailedWithoutTests(report) {
  return (report.testResults ?? []).filter((file) => file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed')).length;
}

function vitestFailures(report) {
  return (report.testResults ?? []).flatMap((file) => {
    const where = path.relative(ROOT, file.name);
    const failed = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
    // A file that fails before its tests run (import error, hook) has no failed assertion of its own.
    if (failed.length === 0 && file.status === 'failed') return [`${where} › ${firstLine(file.message)}`];
    return failed.map((t) => `${where} › ${t.fullName} — ${firstLine(t.failureMessages?.[0])}`);
  });
}

function playwrightFailures(report) {
  const out = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === 'expected' || test.status === 'skipped') continue;
        const last = test.results?.at(-1);
        out.push(`${spec.file}:${spec.line} › ${spec.title} [${test.projectName}] (${test.status}) — ${firstLine(last?.error?.message)}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  return out;
}

/** An empty database `name`, or a copy of `template` (which nobody may be connected to). */
async function recreateDatabase(adminUrl, name, template) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
  await client.end();
  return withDatabase(adminUrl, name);
}

/** The same server and role, another database. */
function withDatabase(databaseUrl, name) {
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function waitForServer(url, child, timeoutMs = 120_000) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`next start exited early (${code})`)));
    const tick = async () => {
      try {
        const res = await fetch(url, { redirect: 'manual' });
        if (res.status < 500) return resolve();
      } catch {}
      if (Date.now() - started > timeoutMs) return reject(new Error(`server not ready at ${url}`));
      setTimeout(tick, 500);
    };
    tick();
  });
}

const server = await ensureDatabase({ database: 'postgres' });
try {
  if (!onlyE2e) {
    const vitestReport = path.join(reports, 'vitest.json');
    await runCounted(
      'vitest',
      bin('vitest'),
      ['run', '--config', 'tests/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`],
      { NODE_ENV: 'test', CLOCK_FIXED_AT },
      vitestReport,
      // A file that fails before its tests run counts as one failure (its tests only show as skipped).
      (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests + filesFailedWithoutTests(r), skipped: r.numPendingTests + r.numTodoTests }),
      vitestFailures,
    );
  }

  const e2eUrl = await recreateDatabase(server.url, E2E_DB);
  const env = { DATABASE_URL: e2eUrl, NEXTAUTH_SECRET: 'e2e-secret-0123456789abcdef', NEXTAUTH_URL: `http://localhost:${E2E_PORT}`, CLOCK_FIXED_AT };
  await migrate(e2eUrl);
  // The servers run as the application role, as `npm start` does; the seed and the journeys' own
  // checks of the database (tests/e2e) use the owner's URL.
  const appUrl = await installJobQueues(e2eUrl);
  await seedDemo(env);
  const slots = [];
  for (let index = 0; index < E2E_WORKERS; index++) {
    const name = index === 0 ? E2E_DB : `${E2E_DB}_${index}`;
    if (index > 0) await recreateDatabase(server.url, name, E2E_DB);
    const port = E2E_PORT + 2 * index;
    slots.push({
      port,
      base: `http://localhost:${port}`,
      second: `http://localhost:${port + 1}`,
      databaseUrl: withDatabase(e2eUrl, name),
      appDatabaseUrl: withDatabase(appUrl, name),
    });
  }
  if (buildIsStale()) await run(bin('next'), ['build'], { ...env, DATABASE_URL: appUrl });
  const startInstance = (slot, port) =>
    spawn(bin('next'), ['start', '-p', String(port)], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env, ...env, DATABASE_URL: slot.appDatabaseUrl, NEXTAUTH_URL: slot.base, NODE_OPTIONS: serverNodeOptions() },
    });
  const instances = slots.flatMap((slot) => [
    { url: slot.base, child: startInstance(slot, slot.port) },
    { url: slot.second, child: startInstance(slot, slot.port + 1) },
  ]);
  try {
    await Promise.all(instances.map(({ url, child }) => waitForServer(`${url}/dang-nhap`, child)));
    const pwReport = path.join(reports, 'playwright.json');
    await runCounted(
      'playwright',
      bin('playwright'),
      ['test', '--config', 'tests/playwright.config.ts', ...playwrightArgs],
      // tests/playwright.config.ts gives each worker its slot's addresses and databases (E2E_SLOTS).
      { ...env, E2E_SLOTS: JSON.stringify(slots), PLAYWRIGHT_JSON_OUTPUT_NAME: pwReport },
      pwReport,
      (r) => ({ passed: r.stats.expected, failed: r.stats.unexpected + r.stats.flaky, skipped: r.stats.skipped }),
      playwrightFailures,
    );
  } finally {
    for (const { child } of instances) child.kill('SIGTERM');
  }
} finally {
  await server.stop();
}

if (failures.length > 0) console.log(`\nFailed:\n${failures.map((f) => `  ✘ ${f}`).join('\n')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedRunner || totals.failed > 0 || totals.passed === 0 ? 1 : 0);
