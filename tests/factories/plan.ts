// Factories of the yearly plan: a world with UBND xã organisations, a programme with targets, a
// registration round, and proposal inputs. Built on tests/factories/world.ts.
import { endOfDayInVietnam } from '@/lib/domain/plan-deadline';
import type { ConsolidatedPlanStatus } from '@/prisma/generated/client/enums';
import type { Actor } from '@/lib/domain/roles';
import type { PlanItemInput } from '@/lib/schemas/plan';
import { db } from '@/lib/server/db';
import { createPlan } from '@/lib/server/plans/create-plan';
import { savePlanItem } from '@/lib/server/plans/save-plan-item';
import { submitPlan } from '@/lib/server/plans/submit-plan';
import { daysFromNow, thisYear } from './clock';
import { contentCategory, createActor, createWorld } from './world';

/** The year plans are registered for: next year on the test clock (openRound refuses past years). */
export const PLAN_YEAR = thisYear() + 1;

/** A deadline `days` from the test clock's now (negative: already past), as the round stores it. */
export function deadlineIn(days: number): Date {
  const day = daysFromNow(days);
  return endOfDayInVietnam(new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate())));
}

export async function createRound(
  provinceId: number,
  openedById: number,
  over: { year?: number; status?: ConsolidatedPlanStatus; deadline?: Date; budgetCeilingVnd?: bigint } = {},
) {
  return db.consolidatedPlan.create({
    data: {
      provinceId,
      year: over.year ?? PLAN_YEAR,
      title: `Đăng ký kế hoạch khuyến công năm ${over.year ?? PLAN_YEAR}`,
      registrationDeadline: over.deadline ?? deadlineIn(30),
      status: over.status ?? 'REGISTRATION_OPEN',
      budgetCeilingVnd: over.budgetCeilingVnd ?? null,
      openedById,
    },
  });
}

/** An approved KCĐP programme around PLAN_YEAR of the province with groups I and II, one target each. */
export async function createProgrammeTargets(provinceId: number) {
  const categoryId = await contentCategory();
  const programme = await db.programme.create({
    data: { provinceId, code: `KCDP-${provinceId}`, name: 'Chương trình khuyến công 2026–2030', level: 'KCDP', startYear: PLAN_YEAR - 1, endYear: PLAN_YEAR + 3, status: 'APPROVED' },
  });
  const groupI = await db.programmeGroup.create({ data: { programmeId: programme.id, code: 'I', name: 'Mô hình trình diễn, máy móc thiết bị', sortOrder: 1 } });
  const groupII = await db.programmeGroup.create({ data: { programmeId: programme.id, code: 'II', name: 'Sản phẩm công nghiệp nông thôn tiêu biểu', sortOrder: 2 } });
  const machinery = await db.programmeTarget.create({
    data: { programmeId: programme.id, groupId: groupI.id, itemNo: '2', name: 'Hỗ trợ ứng dụng máy móc thiết bị', unit: 'Cơ sở', sortOrder: 1, contentCategoryId: categoryId },
  });
  const fairs = await db.programmeTarget.create({
    data: { programmeId: programme.id, groupId: groupII.id, itemNo: '4', name: 'Hỗ trợ gian hàng hội chợ', unit: 'Gian hàng', sortOrder: 2 },
  });
  return { programme, categoryId, targets: { machinery, fairs } };
}

/** createWorld() plus what plans need: UBND xã organisations, a second xã officer, targets and a round. */
export async function createPlanWorld(round: { status?: ConsolidatedPlanStatus; deadline?: Date } = {}) {
  const w = await createWorld();
  const hpId = w.hp.province.id;
  const ubndA = await db.organization.create({ data: { provinceId: hpId, kind: 'UBND_XA', name: 'UBND xã Nam Sách', adminUnitId: w.xaA.id } });
  const ubndB = await db.organization.create({ data: { provinceId: hpId, kind: 'UBND_XA', name: 'UBND xã Vĩnh Bảo', adminUnitId: w.xaB.id } });
  const serviceOrg = await db.organization.create({ data: { provinceId: hpId, kind: 'SERVICE_ORG', name: 'Liên minh HTX (thử)' } });
  const xaB = await createActor('XA_OFFICER', { provinceId: hpId, adminUnitId: w.xaB.id, organizationId: ubndB.id });
  await db.adminUnit.update({ where: { id: w.xaB.id }, data: { formerArea: 'Phía Đông' } });
  const programme = await createProgrammeTargets(hpId);
  const consolidated = await createRound(hpId, w.actors.sct.id, round);
  return { ...w, ubndA, ubndB, serviceOrg, xaBActor: xaB, programme, round: consolidated };
}

export type PlanWorld = Awaited<ReturnType<typeof createPlanWorld>>;

/** A complete, consistent KCĐP proposal: 1 tỷ total, 300 triệu requested, 700 triệu counterpart. */
export function itemInput(planId: number, w: PlanWorld, over: Partial<PlanItemInput> = {}): PlanItemInput {
  return {
    planId,
    itemId: null,
    name: 'Hỗ trợ máy ép gạch không nung',
    contentCategoryId: w.programme.categoryId,
    programmeTargetId: w.programme.targets.machinery.id,
    targetQuantity: 1,
    fundingLevel: 'KCDP',
    adminUnitId: null,
    place: 'Thôn Đông',
    expectedOutputs: 'Nâng công suất 30 %',
    totalCostVnd: 1_000_000_000n,
    requestedSupportVnd: 300_000_000n,
    counterpartVnd: 700_000_000n,
    otherFundingVnd: 0n,
    facilityIds: [w.facilityA.id],
    ...over,
  };
}


/** A PLAN_YEAR plan of the actor's unit (a xã officer's by default) with one proposal, sent for review through the use cases. */
export async function createSubmittedPlan(w: PlanWorld, actor: Actor = w.actors.xaA) {
  const plan = await createPlan(actor, PLAN_YEAR);
  await savePlanItem(actor, itemInput(plan.id, w));
  await submitPlan(actor, plan.id);
  return plan;
}

/** A PDF the storage layer accepts (checked by its first bytes). */
export function pdfFile(name = 'quyet-dinh.pdf'): File {
  return new File([Buffer.from('%PDF-1.4\n% quyết định phê duyệt kế hoạch\n%%EOF\n')], name, { type: 'application/pdf' });
}

export { codeOf, errorOf } from './errors';
