// Factories for report tests: the content tree the seeds' tables use, and live đề án with money.
import type { ProgrammeLevel, ProjectStatus } from '@/prisma/generated/client/enums';
import { db } from '@/lib/server/db';
import { factoryAuthor } from './world';

const TREE: [string, string, string | null][] = [
  ['KC03', 'Mô hình trình diễn, chuyển giao công nghệ, máy móc tiên tiến', null],
  ['KC03.1', 'Mô hình trình diễn kỹ thuật, công nghệ mới', 'KC03'],
  ['KC03.4', 'Hỗ trợ ứng dụng máy móc thiết bị tiên tiến', 'KC03'],
  ['KC04', 'Sản phẩm công nghiệp nông thôn tiêu biểu', null],
  ['KC04.1', 'Bình chọn sản phẩm CNNT tiêu biểu', 'KC04'],
  ['KC04.3', 'Tham gia hội chợ triển lãm', 'KC04'],
  ['KC04.4', 'Xây dựng thương hiệu, mẫu mã', 'KC04'],
  ['KC04.5', 'Phòng trưng bày sản phẩm', 'KC04'],
  ['KC06', 'Thông tin, tuyên truyền', null],
  ['KC09', 'Nâng cao năng lực quản lý chương trình', null],
];

/** Creates (or completes) the content tree; returns code → id. */
export async function seedReportCategories(): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const [code, name, parent] of TREE) {
    const parentId = parent ? ids.get(parent)! : null;
    const c = await db.contentCategory.upsert({ where: { code }, update: { parentId }, create: { code, name, parentId, validFrom: new Date('2012-07-01') } });
    ids.set(code, c.id);
  }
  return ids;
}

let n = 0;

/** A live đề án with its money set, optionally paid by the treasury. */
export async function createReportedProject(input: {
  provinceId: number;
  implementingOrgId: number;
  adminUnitId: number | null;
  contentCategoryId: number;
  year: number;
  fundingLevel: ProgrammeLevel;
  status: ProjectStatus;
  totalCostVnd: bigint;
  stateSupportVnd: bigint;
  counterpartVnd: bigint;
  otherFundingVnd?: bigint;
  approvedSupportVnd?: bigint | null;
  paidVnd?: bigint;
  facilityIds?: number[];
}) {
  n++;
  const project = await db.project.create({
    data: {
      provinceId: input.provinceId,
      code: `RP-${n}`,
      name: `Đề án báo cáo ${n}`,
      year: input.year,
      fundingLevel: input.fundingLevel,
      contentCategoryId: input.contentCategoryId,
      implementingOrgId: input.implementingOrgId,
      adminUnitId: input.adminUnitId,
      status: input.status,
      totalCostVnd: input.totalCostVnd,
      stateSupportVnd: input.stateSupportVnd,
      counterpartVnd: input.counterpartVnd,
      otherFundingVnd: input.otherFundingVnd ?? 0n,
      approvedSupportVnd: input.approvedSupportVnd === undefined ? input.stateSupportVnd : input.approvedSupportVnd,
      createdById: await factoryAuthor(),
      beneficiaries: { create: (input.facilityIds ?? []).map((facilityId) => ({ facilityId })) },
    },
  });
  if (input.paidVnd) {
    await db.paymentRequest.create({
      data: { provinceId: input.provinceId, projectId: project.id, kind: 'PAYMENT', amountVnd: input.paidVnd, payeeName: 'Cơ sở', status: 'PAID', createdById: await factoryAuthor() },
    });
  }
  return project;
}

/**
 * A running KCĐP đề án of 2026 in the world's first Hải Phòng xã, content KC03.4, with money whose
 * sums show any rounding (1.000.000.001 ₫ total); `over` changes any of it.
 */
export function createWorldReportedProject(
  w: { hp: { province: { id: number }; orgs: { ttkc: { id: number } } }; xaA: { id: number } },
  categories: Map<string, number>,
  over: Partial<Parameters<typeof createReportedProject>[0]> = {},
) {
  return createReportedProject({
    provinceId: w.hp.province.id,
    implementingOrgId: w.hp.orgs.ttkc.id,
    adminUnitId: w.xaA.id,
    contentCategoryId: categories.get('KC03.4')!,
    year: 2026,
    fundingLevel: 'KCDP',
    status: 'IN_PROGRESS',
    totalCostVnd: 1_000_000_001n,
    stateSupportVnd: 300_000_000n,
    counterpartVnd: 700_000_001n,
    ...over,
  });
}
