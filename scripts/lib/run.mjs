// Small process helpers for the launcher scripts.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { prepareAppRole } from './app-role.mjs';
import { ROOT } from './database.mjs';

/**
 * Says so when a launcher runs on a Node older than the portal's (docs/decisions/0053): npm scripts
 * run on the Node 26 of node_modules/.bin, a bare `node scripts/….mjs` on the system's.
 */
export function warnIfOldNode(who) {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 24) console.warn(`[${who}] running on Node ${process.version}, out of support and slower: run it through npm (npm start, npm test …) to use the Node of node_modules (docs/decisions/0053)`);
}

export function bin(name) {
  return path.join(ROOT, 'node_modules', '.bin', name);
}

/** Runs a command to completion, inheriting stdio; rejects on a non-zero exit. */
export function run(command, args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env, ...env } });
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${args.join(' ')} exited with ${code ?? signal}`)),
    );
  });
}

/**
 * The demo seed (prisma/seed.ts; `--if-empty` seeds only an empty database). It writes its sample
 * files through the portal's file store (lib/server/file-store.ts), a `server-only` module, which
 * resolves to an empty guard under the react-server condition, as inside Next.
 */
export function seedDemo(env = {}, args = []) {
  return run(bin('tsx'), ['--conditions=react-server', 'prisma/seed.ts', ...args], env);
}

/**
 * Applies the migrations as the owner (databaseUrl), then gives the application role its grants on
 * what they made (scripts/lib/app-role.mjs). Returns the URL the running portal must connect with.
 */
export async function migrate(databaseUrl) {
  await run(bin('prisma'), ['migrate', 'deploy'], { DATABASE_URL: databaseUrl });
  return prepareAppRole(databaseUrl, authSecret());
}

/**
 * Installs the job queue's schema (pg-boss, schema "pgboss") and every job's queue as the owner — a
 * queue is a table partition, which the application role may not create — then grants the
 * application role the rows of those tables. Returns the application URL.
 */
export async function installJobQueues(databaseUrl) {
  await run(bin('tsx'), ['lib/server/jobs/install-main.ts'], {
    DATABASE_URL: databaseUrl,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --conditions=react-server`.trim(),
  });
  return prepareAppRole(databaseUrl, authSecret());
}

/**
 * How many web server processes `npm start` and the benchmark run (scripts/web-cluster.mjs):
 * WEB_CONCURRENCY, by default one. Each Next worker holds about 400 MB resident, so a second one
 * is for a machine with the memory to spare: on 2 cores it lets pages use the core PostgreSQL leaves
 * idle (docs/decisions/0047).
 */
export function webConcurrency() {
  const wanted = Number.parseInt(process.env.WEB_CONCURRENCY ?? '', 10);
  return Number.isInteger(wanted) && wanted >= 1 ? Math.min(wanted, 16) : 1;
}

/**
 * NODE_OPTIONS of a production web server process (`npm start`'s workers, the benchmark, the
 * journeys' instances): the V8 heap capped at SERVER_MAX_HEAP_MB. Without a cap V8 sizes its heap
 * from the machine's memory and lets a busy server grow past 1 GB before collecting. The default is
 * 384 MB for a single process and 224 MB each when several share the machine (`workers`), which
 * keeps two workers near 550 MB resident together (docs/decisions/0046, 0047).
 */
export function serverNodeOptions(workers = 1) {
  const mb = Number.parseInt(process.env.SERVER_MAX_HEAP_MB ?? (workers > 1 ? '224' : '384'), 10);
  const cap = Number.isInteger(mb) && mb >= 128 ? ` --max-old-space-size=${mb}` : '';
  return `${process.env.NODE_OPTIONS ?? ''}${cap}`.trim();
}

/** A session secret kept in .data so sessions survive restarts; NEXTAUTH_SECRET overrides it. */
export function authSecret() {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(ROOT, '.data', 'auth-secret');
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'generated' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** True when there is no production build or a source file is newer than it. */
export function buildIsStale() {
  const buildId = path.join(ROOT, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const sources = ['app', 'components', 'lib', 'public'].map((d) => path.join(ROOT, d)).filter(existsSync);
  const configs = ['next.config.ts', 'instrumentation.ts', 'package.json', 'prisma/schema.prisma'].map((f) => path.join(ROOT, f)).filter(existsSync);
  return Math.max(...sources.map(newestMtime), ...configs.map((f) => statSync(f).mtimeMs)) > built;
}
