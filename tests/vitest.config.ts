import { defineConfig } from 'vitest/config';
import { resolve, root } from './vitest.shared';

// Two projects: fast unit tests beside the code, and integration tests against a real PostgreSQL
// (embedded, or the server in DATABASE_URL). scripts/test.mjs runs both, then the Playwright journeys.
export default defineConfig({
  root,
  resolve,
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          // Pure functions with no shared state: one module graph per worker instead of a fresh
          // process per file (27 s → 4 s for 78 files on a two-core machine).
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/setup/global-database.ts'],
          setupFiles: ['tests/setup/worker-database.ts'],
          // The slowest test takes ~10 s on an idle two-core machine; CI machines have run 1.7× slower.
          testTimeout: 60_000,
          hookTimeout: 90_000,
          // Each test file gets its own database cloned from the migrated template (tests/setup),
          // named in its worker's own process.env (a worker thread's environment is its own copy).
          // Threads start faster than forked processes, and a third worker fills the time the
          // others wait on PostgreSQL: 352 s with two forks, 275 s with three threads on two cores.
          pool: 'threads',
          maxWorkers: 3,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
