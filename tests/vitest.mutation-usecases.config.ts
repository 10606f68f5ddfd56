import { defineConfig } from 'vitest/config';
import { resolve, root } from './vitest.shared';

// The integration tests StrykerJS runs against each mutant of the money and authorization use cases
// (stryker.usecases.config.mjs): a real PostgreSQL, a database per file, as in tests/vitest.config.ts.
export default defineConfig({
  root,
  resolve,
  test: {
    // Every integration test that calls one of the mutated modules: a mutant that one of them
    // catches is caught by the suite, and StrykerJS runs only the tests that reach each mutant.
    include: [
      'tests/integration/payment-*.test.ts',
      'tests/integration/advance-clearing.test.ts',
      'tests/integration/money-position.test.ts',
      'tests/integration/money-rules.test.ts',
      'tests/integration/beneficiary-money.test.ts',
      'tests/integration/settlement.test.ts',
      'tests/integration/authorization.test.ts',
      'tests/integration/authorization-matrix.test.ts',
      'tests/integration/authorization-pages.test.ts',
      'tests/integration/transition.test.ts',
      'tests/integration/project-status-changes.test.ts',
      'tests/integration/project-lifecycle.test.ts',
      'tests/integration/project-transitions.test.ts',
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
