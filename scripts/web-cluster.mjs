#!/usr/bin/env node
// The production web server: `next start` in WEB_CONCURRENCY worker processes sharing one port
// (node:cluster — the primary accepts connections and hands them to the workers in turn), so one
// machine's cores all serve pages. A Next server renders on one thread; on a 2-core machine one
// process left the second core to PostgreSQL and idle (docs/decisions/0047). Nothing that matters
// lives in one process (sessions, throttling, jobs, files — docs/decisions/0044), so workers are
// ordinary instances; the job queue runs each job once whichever worker picks it.
// Usage: node scripts/web-cluster.mjs <port> (environment: that of the portal, plus WEB_CONCURRENCY).
// A worker that dies is replaced (at most 5 times a minute); SIGTERM/SIGINT stop them all.
import cluster from 'node:cluster';
import path from 'node:path';
import { ROOT } from './lib/database.mjs';
import { webConcurrency } from './lib/run.mjs';

const port = process.argv[2] ?? process.env.PORT ?? '3000';
const workers = webConcurrency();
cluster.setupPrimary({ exec: path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next'), args: ['start', '-p', port], cwd: ROOT });

let stopping = false;
const restarts = [];
for (let i = 0; i < workers; i++) cluster.fork();
console.log(`[web] ${workers} worker${workers > 1 ? 's' : ''} on port ${port}`);

cluster.on('exit', (worker, code, signal) => {
  if (stopping) {
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    return;
  }
  const now = Date.now();
  restarts.push(now);
  while (restarts[0] < now - 60_000) restarts.shift();
  if (restarts.length > 5) {
    console.error(`[web] workers keep failing (last: ${signal ?? `exit ${code}`}); stopping`);
    stop(1);
    return;
  }
  console.error(`[web] worker ${worker.process.pid} ended (${signal ?? `exit ${code}`}); starting another`);
  cluster.fork();
});

function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  const alive = Object.values(cluster.workers ?? {});
  if (alive.length === 0) process.exit(code);
  for (const worker of alive) worker?.process.kill('SIGTERM');
  // Next closes its connections on SIGTERM; a worker stuck longer than 10 s is not waited for.
  setTimeout(() => process.exit(code), 10_000).unref();
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(0));
