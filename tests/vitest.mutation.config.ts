import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname, '..');

// The unit tests StrykerJS runs against each mutant of lib/domain (stryker.config.mjs). One flat
// project: the vitest runner of Stryker 9.6 instruments a single project's files.
export default defineConfig({
  root,
  resolve: {
    alias: { '@': root, 'server-only': path.join(root, 'tests/setup/server-only.ts') },
  },
  test: {
    include: ['lib/domain/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
  },
});
