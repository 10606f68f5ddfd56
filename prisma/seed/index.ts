// The demo data set: Hải Phòng (all 114 xã/phường/đặc khu, the 2026–2030 programme, facilities,
// users, đề án in every state with their money and audit trail) and a small Lâm Đồng tenant.
// Used by prisma/seed.ts and by the test harness. Everything runs in ONE transaction: a failure
// leaves the database as it was.
import type { PrismaClient } from '../generated/client/client';
import { seedContentCategories } from './content-categories';
import { seedContests } from './contests';
import { seedFacilities } from './facilities';
import { LD_PROJECTS } from './lam-dong';
import { seedParameters, seedSpendingNorms } from './norms';
import { seedNotifications } from './notifications';
import { seedOrganizations } from './organizations';
import { seedHpProgramme } from './programme';
import { seedProjectDocuments } from './project-documents';
import { HP_PROJECTS } from './projects-hp';
import { seedProjects } from './projects';
import type { SeedTx } from './types';
import { seedUsers } from './users';
import { need } from './util';
import { seedPlaces } from './xa';
import { seedHistory } from './history';
import { seedOpenDataClients } from './open-data';
import { seedBeneficiaryPortal } from './beneficiary-portal';
import { seedOutputs } from './outputs';

export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from './demo-accounts';
export type { SeedTx } from './types';

/** The whole seed takes well under 10 s; the timeout only guards against a stuck database. */
const TRANSACTION_OPTIONS = { timeout: 120_000, maxWait: 20_000 } as const;

export interface DemoData {
  provinceIds: { HP: number; LD: number };
  /** username → id */
  userIds: Map<string, number>;
  /** facility key (facilities.ts) → id */
  facilityIds: Map<string, number>;
  /** "HP:KCĐP-2026-002" → id */
  projectIds: Map<string, number>;
}

/**
 * What the seed needs to know about the world: `now` is the seed's clock (prisma/seed.ts reads it
 * like the server, CLOCK_FIXED_AT or the real time; tests pass their fixed clock). The demo records
 * keep their fixed dates whatever the clock says; only what must exist "today" follows it: a
 * programme in force this year and next (programme.ts).
 */
export interface SeedOptions {
  now: Date;
}

/** Writes the demo data into an empty database (no wipe), in one transaction. */
export function seedDemoData(prisma: PrismaClient, options: SeedOptions): Promise<DemoData> {
  return prisma.$transaction((tx) => seedInto(tx, options), TRANSACTION_OPTIONS);
}

/** Seeds only when no province exists yet; returns null when demo (or real) data is already present. */
export function seedDemoDataIfEmpty(prisma: PrismaClient, options: SeedOptions): Promise<DemoData | null> {
  return prisma.$transaction(async (tx) => {
    await lockSeed(tx);
    if ((await tx.province.count()) > 0) return null;
    return seedInto(tx, options);
  }, TRANSACTION_OPTIONS);
}

/** Empties every table, then seeds — both in the same transaction. */
export function resetDemoData(prisma: PrismaClient, options: SeedOptions): Promise<DemoData> {
  return prisma.$transaction(async (tx) => {
    await lockSeed(tx);
    await truncateAllTables(tx);
    return seedInto(tx, options);
  }, TRANSACTION_OPTIONS);
}

/**
 * One TRUNCATE … RESTART IDENTITY CASCADE over every table of the schema except Prisma's migration
 * log. The audit log refuses TRUNCATE unless the owner asks for a reset in the same transaction
 * (migration 20261130140000_security).
 */
export async function truncateAllTables(tx: SeedTx): Promise<void> {
  const tables = await tx.$queryRaw<{ name: string }[]>`
    SELECT tablename::text AS name FROM pg_tables
    WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
  if (tables.length === 0) return;
  const list = tables.map((t) => `"${t.name.replaceAll('"', '""')}"`).join(', ');
  await tx.$executeRawUnsafe(`SET LOCAL khuyencong.reset_audit = 'on'`);
  await tx.$executeRawUnsafe(`TRUNCATE TABLE ${list} RESTART IDENTITY CASCADE`);
}

/** Two seeds started at once (e.g. two `npm run dev`) must not interleave. */
async function lockSeed(tx: SeedTx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('khuyen-cong:demo-seed'))`;
}

/** The seed itself, inside the caller's transaction. */
export async function seedInto(tx: SeedTx, { now }: SeedOptions): Promise<DemoData> {
  const places = await seedPlaces(tx);
  const categories = await seedContentCategories(tx);
  await seedSpendingNorms(tx, categories, places.hp);
  await seedParameters(tx);
  const orgs = await seedOrganizations(tx, places);
  const facilities = await seedFacilities(tx, places);
  const users = await seedUsers(tx, places, orgs, facilities);
  const targets = await seedHpProgramme(tx, places.hp, categories, need(users, 'sct.lanhdao', 'user'), now);
  const projects = await seedProjects(
    tx,
    {
      provinces: { HP: places.hp, LD: places.ld },
      orgs,
      units: { HP: places.hpUnits, LD: places.ldUnits },
      facilities,
      users,
      categories,
      targets,
    },
    [...HP_PROJECTS, ...LD_PROJECTS],
  );
  await seedProjectDocuments(tx);
  await seedContests(tx, places.hp, users, facilities, targets);
  await seedNotifications(tx, users, projects);
  await seedBeneficiaryPortal(tx, { hp: places.hp, hpUnits: places.hpUnits, facilities, users, categories });
  await seedHistory(tx, { HP: places.hp, LD: places.ld }, categories, need(users, 'sct.lanhdao', 'user'));
  await seedOpenDataClients(tx, places.hp);
  await seedOutputs(tx, places.hp, users, projects);
  return {
    provinceIds: { HP: places.hp, LD: places.ld },
    userIds: users,
    facilityIds: new Map([...facilities].map(([key, f]) => [key, f.id])),
    projectIds: projects,
  };
}
