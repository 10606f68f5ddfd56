// Prisma CLI configuration. The CLI's native schema engine cannot be downloaded on machines
// without internet access; scripts/prisma-schema-engine.mjs stands in for it there
// (docs/decisions/0001-prisma-schema-engine-offline.md).
import path from 'node:path';
import { existsSync } from 'node:fs';
import { defineConfig } from 'prisma/config';

if (existsSync('.env')) process.loadEnvFile('.env');
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = path.resolve('scripts/prisma-schema-engine.mjs');
}

export default defineConfig({
  schema: 'prisma/schema.prisma',
  // The seed writes files through lib/server/file-store.ts (server-only): the react-server condition, as in scripts/lib/run.mjs.
  migrations: { path: 'prisma/migrations', seed: 'tsx --conditions=react-server prisma/seed.ts' },
  // Commands that need no database (generate, migrate diff) still load this file: an unset URL is fine there.
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
