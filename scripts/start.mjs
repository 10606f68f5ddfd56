#!/usr/bin/env node
// `npm start`: database (embedded unless DATABASE_URL is set) → migrations, the job queues and the
// application role's grants, as the owner → demo data on first start → production build when
// missing or stale → portal on http://localhost:3000 (WEB_CONCURRENCY workers, default 1),
// connected as the application role that owns nothing (DATABASE_APP_URL, or khuyencong_app:
// docs/decisions/0043-least-privilege-database-role.md).
// `npm run dev` runs the same with `next dev`.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureDatabase, ROOT } from './lib/database.mjs';
import { authSecret, bin, buildIsStale, installJobQueues, migrate, run, seedDemo, serverNodeOptions, warnIfOldNode, webConcurrency } from './lib/run.mjs';

warnIfOldNode('start');

const mode = process.argv[2] === 'dev' ? 'dev' : 'start';
const port = process.env.PORT ?? '3000';

const database = await ensureDatabase();
const env = {
  NEXTAUTH_SECRET: authSecret(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
};

try {
  await migrate(database.url);
  // The owner's URL stays in this launcher: the portal itself only ever gets the application role's.
  env.DATABASE_URL = await installJobQueues(database.url);
  await seedDemo({ ...env, DATABASE_URL: database.url }, ['--if-empty']);
  if (mode === 'start' && buildIsStale()) await run(bin('next'), ['build'], env);
} catch (error) {
  console.error(`\n[start] ${error.message}`);
  await database.stop();
  process.exit(1);
}

// Production: WEB_CONCURRENCY `next start` workers behind one port (scripts/web-cluster.mjs).
const server =
  mode === 'start'
    ? spawn(process.execPath, [path.join(ROOT, 'scripts', 'web-cluster.mjs'), port], {
        cwd: ROOT,
        stdio: 'inherit',
        env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env, ...env, NODE_OPTIONS: serverNodeOptions(webConcurrency()) },
      })
    : spawn(bin('next'), [mode, '-p', port], { cwd: ROOT, stdio: 'inherit', env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env, ...env } });
let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  server.kill('SIGTERM');
  await database.stop();
  process.exit(code);
}
server.on('exit', (code) => shutdown(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => shutdown(0));
