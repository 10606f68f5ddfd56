// Factories named by what they make. `createWorld` builds two provinces with the bodies, xã,
// facilities and one actor per role that authorization tests need.
import type { Prisma } from '@/prisma/generated/client/client';
import type { Actor, Role } from '@/lib/domain/roles';
import type { ProjectStatus, ProgrammeLevel } from '@/prisma/generated/client/enums';
import { db } from '@/lib/server/db';

let seq = 0;
const next = () => ++seq;

export async function resetDatabase(): Promise<void> {
  const tables = await db.$queryRawUnsafe<{ tablename: string }[]>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  );
  if (!tables.length) return;
  // The audit log refuses TRUNCATE unless its owner asks for a reset in the same transaction.
  await db.$transaction([
    db.$executeRawUnsafe(`SET LOCAL khuyencong.reset_audit = 'on'`),
    db.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`),
  ]);
}

/**
 * The set-up most integration files start with: an empty database, then the world `create` builds
 * (`beforeAll(async () => { w = await freshWorld(createProjectWorld); });`).
 */
export async function freshWorld<World>(create: () => Promise<World>): Promise<World> {
  await resetDatabase();
  return create();
}

export async function createProvince(name = `Tỉnh thử ${next()}`) {
  const province = await db.province.create({ data: { code: `P${next()}`, name } });
  const [sct, ttkc, stc, kbnn] = await Promise.all(
    (['SCT', 'TTKC', 'STC', 'KBNN'] as const).map((kind) => db.organization.create({ data: { provinceId: province.id, kind, name: `${kind} ${province.name}` } })),
  );
  return { province, orgs: { sct: sct!, ttkc: ttkc!, stc: stc!, kbnn: kbnn! } };
}

export async function createAdminUnit(provinceId: number, name: string, type: 'XA' | 'PHUONG' | 'DAC_KHU' = 'XA') {
  return db.adminUnit.create({ data: { provinceId, name, type, formerArea: 'Phía Tây' } });
}

export async function createFacility(provinceId: number, adminUnitId: number, name = `Cơ sở ${next()}`) {
  return db.facility.create({
    data: { provinceId, adminUnitId, name, legalForm: 'HO_KINH_DOANH', taxCode: String(1_000_000_000 + next()), sector: 'Cơ khí' },
  });
}

let categoryId: number | undefined;
export async function contentCategory(): Promise<number> {
  if (categoryId && (await db.contentCategory.count({ where: { id: categoryId } }))) return categoryId;
  const c = await db.contentCategory.upsert({
    where: { code: 'KC03.4' },
    update: {},
    create: { code: 'KC03.4', name: 'Hỗ trợ ứng dụng máy móc thiết bị tiên tiến', validFrom: new Date('2012-07-01') },
  });
  categoryId = c.id;
  return c.id;
}

let authorId: number | undefined;
/** A user to stand as the author of rows made before the world's actors exist (*ById are foreign keys). */
export async function factoryAuthor(): Promise<number> {
  if (authorId && (await db.user.count({ where: { id: authorId } }))) return authorId;
  const user = await db.user.create({ data: { username: `factory-author-${next()}`, passwordHash: 'not-used-in-these-tests', fullName: 'Người lập (thử)', role: 'TTKC_STAFF', provinceId: null } });
  authorId = user.id;
  return authorId;
}

export async function createProject(input: {
  provinceId: number;
  implementingOrgId: number;
  adminUnitId: number;
  facilityIds?: number[];
  status?: ProjectStatus;
  fundingLevel?: ProgrammeLevel;
  year?: number;
  name?: string;
  approvedSupportVnd?: bigint;
}) {
  const n = next();
  return db.project.create({
    data: {
      provinceId: input.provinceId,
      code: `DA-${n}`,
      name: input.name ?? `Đề án thử ${n}`,
      year: input.year ?? 2026,
      fundingLevel: input.fundingLevel ?? 'KCDP',
      contentCategoryId: await contentCategory(),
      implementingOrgId: input.implementingOrgId,
      adminUnitId: input.adminUnitId,
      status: input.status ?? 'DRAFT',
      approvedSupportVnd: input.approvedSupportVnd ?? null,
      // The database keeps support within the total cost (migration 20261130100000_integrity).
      totalCostVnd: input.approvedSupportVnd ?? 0n,
      createdById: await factoryAuthor(),
      beneficiaries: { create: (input.facilityIds ?? []).map((facilityId) => ({ facilityId })) },
    },
  });
}

export async function createActor(
  role: Role,
  scope: { provinceId: number | null; organizationId?: number; adminUnitId?: number; facilityId?: number },
): Promise<Actor> {
  const n = next();
  const user = await db.user.create({
    data: {
      username: `user${n}`,
      passwordHash: 'not-used-in-these-tests',
      fullName: `Người dùng ${n}`,
      role,
      provinceId: scope.provinceId,
      organizationId: scope.organizationId ?? null,
      adminUnitId: scope.adminUnitId ?? null,
      facilityId: scope.facilityId ?? null,
    },
  });
  return {
    id: user.id,
    role,
    fullName: user.fullName,
    provinceId: user.provinceId,
    organizationId: user.organizationId,
    adminUnitId: user.adminUnitId,
    facilityId: user.facilityId,
  };
}

/** Two provinces; in the first, two xã each with a facility and a đề án, and one actor per role. */
export async function createWorld() {
  const hp = await createProvince('Hải Phòng (thử)');
  const ld = await createProvince('Lâm Đồng (thử)');
  const xaA = await createAdminUnit(hp.province.id, 'Nam Sách');
  const xaB = await createAdminUnit(hp.province.id, 'Vĩnh Bảo');
  const xaLd = await createAdminUnit(ld.province.id, 'Đức Trọng');
  const facilityA = await createFacility(hp.province.id, xaA.id, 'Cơ sở gốm A');
  const facilityB = await createFacility(hp.province.id, xaB.id, 'Cơ sở cơ khí B');
  const facilityLd = await createFacility(ld.province.id, xaLd.id, 'Cơ sở chè Lâm Đồng');
  const projectA = await createProject({ provinceId: hp.province.id, implementingOrgId: hp.orgs.ttkc.id, adminUnitId: xaA.id, facilityIds: [facilityA.id], status: 'IN_PROGRESS', approvedSupportVnd: 300_000_000n });
  const projectB = await createProject({ provinceId: hp.province.id, implementingOrgId: hp.orgs.ttkc.id, adminUnitId: xaB.id, facilityIds: [facilityB.id], status: 'APPROVED', fundingLevel: 'KCQG', approvedSupportVnd: 200_000_000n });
  const projectLd = await createProject({ provinceId: ld.province.id, implementingOrgId: ld.orgs.ttkc.id, adminUnitId: xaLd.id, facilityIds: [facilityLd.id], status: 'IN_PROGRESS', fundingLevel: 'KCQG' });
  const hpId = hp.province.id;
  const actors = {
    admin: await createActor('SYSTEM_ADMIN', { provinceId: hpId }),
    sct: await createActor('SCT_LEADER', { provinceId: hpId, organizationId: hp.orgs.sct.id }),
    ttkc: await createActor('TTKC_STAFF', { provinceId: hpId, organizationId: hp.orgs.ttkc.id }),
    stc: await createActor('STC_OFFICER', { provinceId: hpId, organizationId: hp.orgs.stc.id }),
    kbnn: await createActor('KBNN_OFFICER', { provinceId: hpId, organizationId: hp.orgs.kbnn.id }),
    xaA: await createActor('XA_OFFICER', { provinceId: hpId, adminUnitId: xaA.id }),
    beneficiaryA: await createActor('BENEFICIARY', { provinceId: hpId, facilityId: facilityA.id }),
    ministry: await createActor('MINISTRY_OFFICER', { provinceId: null }),
    ldTtkc: await createActor('TTKC_STAFF', { provinceId: ld.province.id, organizationId: ld.orgs.ttkc.id }),
  };
  return { hp, ld, xaA, xaB, xaLd, facilityA, facilityB, facilityLd, projectA, projectB, projectLd, actors };
}

/**
 * Many đề án of a province in one statement (list paging, exports): `shape(i)` gives each one's own
 * fields; content, implementing Trung tâm and author are filled in, and codes (`${prefix}-00000`) are
 * deliberately out of insertion order (7919 is prime to 10, so no two collide below 100.000).
 */
export async function createManyProjects(
  { province, orgs }: Awaited<ReturnType<typeof createProvince>>,
  count: number,
  codePrefix: string,
  shape: (i: number) => Omit<Prisma.ProjectCreateManyInput, 'provinceId' | 'code' | 'contentCategoryId' | 'implementingOrgId' | 'createdById'>,
) {
  if (count > 100_000) throw new Error('createManyProjects makes five-digit codes: at most 100.000 đề án');
  const [contentCategoryId, createdById] = [await contentCategory(), await factoryAuthor()];
  await db.project.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      provinceId: province.id,
      code: `${codePrefix}-${String((i * 7919) % 100_000).padStart(5, '0')}`,
      implementingOrgId: orgs.ttkc.id,
      contentCategoryId,
      createdById,
      ...shape(i),
    })),
  });
}
