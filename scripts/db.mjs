#!/usr/bin/env node
// npm run db:migrate | db:seed (alias: seed) | db:reset — against DATABASE_URL or the embedded server.
import { ensureDatabase } from './lib/database.mjs';
import { authSecret, bin, migrate, run, seedDemo } from './lib/run.mjs';

const command = process.argv[2];
const database = await ensureDatabase();
const env = { DATABASE_URL: database.url, NEXTAUTH_SECRET: authSecret() };
try {
  if (command === 'migrate') await migrate(database.url);
  else if (command === 'seed') {
    await migrate(database.url);
    await seedDemo(env);
  } else if (command === 'reset') {
    await run(bin('prisma'), ['migrate', 'reset', '--force'], env);
    await migrate(database.url); // the reset dropped the application role's grants with the tables
    await seedDemo(env);
  } else {
    throw new Error(`unknown command "${command}" (migrate | seed | reset)`);
  }
} finally {
  await database.stop();
}
