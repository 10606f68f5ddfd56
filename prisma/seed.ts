// Demo data seed.
//   node_modules/.bin/tsx --conditions=react-server prisma/seed.ts             wipe every table, then seed (one transaction)
//   node_modules/.bin/tsx --conditions=react-server prisma/seed.ts --if-empty  seed only when no province exists yet
// (npm run seed does it. The sample files go through the portal's file store, a server-only module:
// the react-server condition lets a script import it.)
// A script, not app code: it reads DATABASE_URL itself (the app reads env only through lib/server/env.ts).
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client/client';
import { resetDemoData, seedDemoDataIfEmpty } from './seed/index';

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--if-empty');
if (unknown.length > 0) {
  console.error(`Unknown argument(s): ${unknown.join(' ')}. Usage: tsx prisma/seed.ts [--if-empty]`);
  process.exit(2);
}
const connectionString = process.env.DATABASE_URL;
if (!connectionString) {
  console.error('DATABASE_URL is not set.');
  process.exit(2);
}

// The seed's clock, read like the server's (lib/server/clock.ts): CLOCK_FIXED_AT, else the real time.
const now = process.env.CLOCK_FIXED_AT ? new Date(process.env.CLOCK_FIXED_AT) : new Date();
if (Number.isNaN(now.getTime())) {
  console.error(`CLOCK_FIXED_AT is not a date-time: ${process.env.CLOCK_FIXED_AT}`);
  process.exit(2);
}

const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
const started = performance.now();
try {
  const data = args.includes('--if-empty') ? await seedDemoDataIfEmpty(prisma, { now }) : await resetDemoData(prisma, { now });
  if (data === null) {
    console.log('demo data already present');
  } else {
    const ms = Math.round(performance.now() - started);
    console.log(`demo data seeded in ${ms} ms: ${data.userIds.size} users, ${data.facilityIds.size} facilities, ${data.projectIds.size} đề án`);
  }
} catch (error) {
  console.error('Seeding failed; nothing was written.');
  console.error(error);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
