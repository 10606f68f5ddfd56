// Prisma CLI configuration. The CLI's native schema engine cannot be downloaded on machines
// without internet access; scripts/prisma-schema-engine.mjs stands in for it there
// (docs/decisions/0001-prisma-schema-engine-offline.md).
import path from 'node:path';
import { accessSync, chmodSync, constants, existsSync, statSync } from 'node:fs';
import { defineConfig } from 'prisma/config';

if (existsSync('.env')) process.loadEnvFile('.env');
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const engine = path.resolve('scripts/prisma-schema-engine.mjs');
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = engine;
  // The CLI spawns it directly, so it must be executable. A copy of the project may have lost the
  // mode bit: StrykerJS's sandbox (npm run test:mutation) copies files without it, and every
  // `prisma migrate deploy` there failed with EACCES.
  try {
    accessSync(engine, constants.X_OK);
  } catch {
    if (existsSync(engine)) chmodSync(engine, statSync(engine).mode | 0o111);
  }
}

export default defineConfig({
  schema: 'prisma/schema.prisma',
  // The seed writes files through lib/server/file-store.ts (server-only): the react-server condition, as in scripts/lib/run.mjs.
  migrations: { path: 'prisma/migrations', seed: 'tsx --conditions=react-server prisma/seed.ts' },
  // Commands that need no database (generate, migrate diff) still load this file: an unset URL is fine there.
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
