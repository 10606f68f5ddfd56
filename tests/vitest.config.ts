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
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Each test file gets its own database cloned from the migrated template (tests/setup).
          pool: 'forks',
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
