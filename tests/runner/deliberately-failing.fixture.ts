// A test that fails on purpose, run only by tests/integration/runner-exit-code.test.ts through
// tests/runner/vitest.fixture.config.ts (no project's include matches it), to prove that a failing
// run exits non-zero even with the embedded PostgreSQL's exit hooks loaded.
import { expect, test } from 'vitest';

test('fails on purpose', () => {
  expect(1 + 1).toBe(3);
});
