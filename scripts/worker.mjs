#!/usr/bin/env node
// `npm run worker`: the scheduled jobs (reminders, digests, mail delivery) in a process of their
// own — for running the web server with JOBS_IN_PROCESS=false. Uses DATABASE_URL, or the embedded
// PostgreSQL that `npm start` runs (started here if it is not running).
import { ensureDatabase } from './lib/database.mjs';
import { authSecret, bin, installJobQueues, migrate, run } from './lib/run.mjs';

const database = await ensureDatabase();
let code = 0;
try {
  await migrate(database.url);
  const appUrl = await installJobQueues(database.url);
  // The server code guards itself with `server-only`, which resolves to an empty module under the
  // react-server condition, as inside Next.
  await run(bin('tsx'), ['lib/server/jobs/worker-main.ts'], {
    // As the application role, like the web server (docs/decisions/0043-least-privilege-database-role.md).
    DATABASE_URL: appUrl,
    NEXTAUTH_SECRET: authSecret(),
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --conditions=react-server`.trim(),
  });
} catch (error) {
  console.error(`[worker] ${error.message}`);
  code = 1;
}
await database.stop();
process.exit(code);
