// Mutation testing of the money and authorization use cases against the integration tests on a real
// PostgreSQL (scripts/mutation.mjs starts it and sets DATABASE_URL). Slower than lib/domain's run:
// each mutant re-runs the integration tests that cover it. See docs/decisions/0033-mutation-testing.md.
import domain from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...domain,
  vitest: { configFile: 'tests/vitest.mutation-usecases.config.ts' },
  mutate: [
    'lib/server/payments/*.ts',
    'lib/server/authz.ts',
    'lib/server/lifecycle/transition.ts',
    'lib/server/home/find-work-items.ts',
    'lib/server/projects/change-project-status.ts',
    'lib/server/projects/notify-project.ts',
  ],
  timeoutMS: 60_000,
  thresholds: { high: 85, low: 75, break: 75 },
  htmlReporter: { fileName: 'reports/mutation/use-cases.html' },
  jsonReporter: { fileName: 'reports/mutation/use-cases.json' },
};
