import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname, '../..');

// The integration project's set-up (embedded PostgreSQL in globalSetup, a database per file) around
// one deliberately failing test: the runner test asserts this run exits non-zero.
export default defineConfig({
  root,
  resolve: { alias: { '@': root, 'server-only': path.join(root, 'tests/setup/server-only.ts') } },
  test: {
    include: ['tests/runner/*.fixture.ts'],
    environment: 'node',
    globalSetup: ['tests/setup/global-database.ts'],
    setupFiles: ['tests/setup/worker-database.ts'],
    pool: 'forks',
    maxWorkers: 1,
    hookTimeout: 120_000,
  },
});
