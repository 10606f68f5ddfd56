// Mutation testing (`npm run test:mutation`, not part of `npm test`): StrykerJS mutates lib/domain
// and re-runs the unit tests that cover each mutant; a mutant that no test notices "survives".
// The score lands in reports/mutation/ (HTML + JSON) and on the console. CPU-heavy: one runner at a
// time on a shared machine. See docs/decisions/0033-mutation-testing.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'tests/vitest.mutation.config.ts' },
  mutate: [
    'lib/domain/**/*.ts',
    '!lib/domain/**/*.test.ts',
    // The hand-written expected tables the lifecycle walk compares against: test data, not rules.
    '!lib/domain/**/*.expected.ts',
    // Vietnamese display text only (labels, navigation, URLs): string mutants there are noise.
    '!lib/domain/labels.ts',
    '!lib/domain/payment-labels.ts',
    '!lib/domain/navigation.ts',
    '!lib/domain/urls.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 1,
  timeoutMS: 20_000,
  thresholds: { high: 90, low: 85, break: null },
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/domain.html' },
  jsonReporter: { fileName: 'reports/mutation/domain.json' },
  // Build output, databases and reports are not sources: copying them into the sandbox is slow and
  // races a build running beside it.
  ignorePatterns: ['.next', '.data', 'reports', 'test-results', 'playwright-report', 'coverage'],
  tempDirName: '.data/stryker-tmp',
  cleanTempDir: 'always',
  ignoreStatic: true,
  // TypeScript 7 (the native compiler) has no JavaScript API, and Stryker's tsconfig rewriting calls
  // it (ts.parseConfigFileTextToJson). Vitest does not need the rewrite (paths come from its alias),
  // so Stryker is pointed at a tsconfig that does not exist and skips that step.
  tsconfigFile: 'tsconfig.stryker-absent.json',
};
