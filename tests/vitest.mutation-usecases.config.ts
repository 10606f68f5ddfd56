import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname, '..');

// The integration tests StrykerJS runs against each mutant of the money and authorization use cases
// (stryker.usecases.config.mjs): a real PostgreSQL, a database per file, as in tests/vitest.config.ts.
export default defineConfig({
  root,
  resolve: {
    alias: { '@': root, 'server-only': path.join(root, 'tests/setup/server-only.ts') },
  },
  test: {
    include: [
      'tests/integration/payment-*.test.ts',
      'tests/integration/authorization.test.ts',
      'tests/integration/project-status-changes.test.ts',
      'tests/integration/home-work-items.test.ts',
    ],
    environment: 'node',
    globalSetup: ['tests/setup/global-database.ts'],
    setupFiles: ['tests/setup/worker-database.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 1,
  },
});
