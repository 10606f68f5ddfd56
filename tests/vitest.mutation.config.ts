import { defineConfig } from 'vitest/config';
import { resolve, root } from './vitest.shared';

// The unit tests StrykerJS runs against each mutant of lib/domain (stryker.config.mjs). One flat
// project: the vitest runner of Stryker 9.6 instruments a single project's files.
export default defineConfig({
  root,
  resolve,
  test: {
    include: ['lib/domain/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
  },
});
