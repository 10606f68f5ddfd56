// Programmes with their appendix, yearly plan items and đề án linked to targets — named by state.
import type { ProgrammeAppendix } from '@/lib/domain/programme-appendix';
import type { ConsolidatedPlanStatus, PlanItemReview, ProgrammeLevel, ProgrammeStatus, ProjectStatus } from '@/prisma/generated/client/enums';
import { db } from '@/lib/server/db';
import { saveAppendix } from '@/lib/server/programmes/programme-appendix-store';
import { HP_PROGRAMME_APPENDIX } from '@/prisma/seed/programme-hp-2026-2030';
import { thisYear } from './clock';
import { contentCategory, createProject } from './world';

let seq = 0;
const next = () => ++seq;

/** A decision as a form sends it (already parsed). */
export function decisionInput(number = `${100 + next()}/QĐ-UBND`) {
  return {
    number,
    issuedOn: new Date(Date.UTC(2026, 3, 15)),
    issuer: 'UBND thành phố',
    signer: 'Hoàng Minh Cường',
    summary: 'Quyết định về chương trình khuyến công',
  };
}

/**
 * Hải Phòng's appendix (2026–2030) moved by whole years so that its five years hold the test clock's
 * year — for tests that record this year's outputs against a target (the suite must stay green with
 * the clock in 2031). The figures stay those of the seed, column by column.
 */
export function appendixCoveringThisYear(): ProgrammeAppendix {
  const year = thisYear();
  const first = HP_PROGRAMME_APPENDIX.years[0]!;
  const last = HP_PROGRAMME_APPENDIX.years.at(-1)!;
  const shift = year > last ? year - last : year < first ? year - first : 0;
  return { ...HP_PROGRAMME_APPENDIX, years: HP_PROGRAMME_APPENDIX.years.map((y) => y + shift) };
}

/** A programme of the province; with `appendix` its targets are written as stored by the portal. */
export async function createProgramme(input: {
  provinceId: number;
  status?: ProgrammeStatus;
  level?: ProgrammeLevel;
  appendix?: ProgrammeAppendix | null;
  code?: string;
}) {
  const appendix = input.appendix === undefined ? HP_PROGRAMME_APPENDIX : input.appendix;
  const years = appendix?.years ?? [2026, 2027, 2028, 2029, 2030];
  const programme = await db.programme.create({
    data: {
      provinceId: input.provinceId,
      code: input.code ?? `CT-${next()}`,
      name: 'Chương trình khuyến công thử',
      level: input.level ?? 'KCDP',
      startYear: years[0]!,
      endYear: years.at(-1)!,
      status: input.status ?? 'DRAFT',
    },
  });
  if (appendix) await db.$transaction((tx) => saveAppendix(tx, programme.id, appendix));
  return db.programme.findUniqueOrThrow({ where: { id: programme.id } });
}

/** The target "II.7" of a programme. */
export async function targetOf(programmeId: number, key: string) {
  const [code, itemNo] = key.split('.');
  return db.programmeTarget.findFirstOrThrow({ where: { programmeId, itemNo, group: { code } } });
}

/** The province's plan round of a year (one per year), moved to `status`. */
export async function ensureRound(provinceId: number, year: number, status: ConsolidatedPlanStatus, openedById: number) {
  return db.consolidatedPlan.upsert({
    where: { provinceId_year: { provinceId, year } },
    update: { status },
    create: { provinceId, year, title: `Kế hoạch khuyến công năm ${year}`, registrationDeadline: new Date(Date.UTC(year - 1, 5, 20)), status, openedById },
  });
}

/** A proposal in an organisation's plan of the round, linked to a target. */
export async function createPlanItemForTarget(input: {
  provinceId: number;
  organizationId: number;
  createdById: number;
  year: number;
  roundStatus: ConsolidatedPlanStatus;
  targetId: number;
  targetQuantity: number | null;
  review: PlanItemReview;
}) {
  const round = await ensureRound(input.provinceId, input.year, input.roundStatus, input.createdById);
  const plan = await db.annualPlan.upsert({
    where: { consolidatedPlanId_organizationId: { consolidatedPlanId: round.id, organizationId: input.organizationId } },
    update: {},
    create: {
      provinceId: input.provinceId,
      consolidatedPlanId: round.id,
      year: input.year,
      organizationId: input.organizationId,
      status: 'REVIEWED',
      createdById: input.createdById,
    },
  });
  return db.planItem.create({
    data: {
      annualPlanId: plan.id,
      sortOrder: next(),
      name: `Đề xuất ${next()}`,
      contentCategoryId: await contentCategory(),
      programmeTargetId: input.targetId,
      targetQuantity: input.targetQuantity,
      fundingLevel: 'KCDP',
      totalCostVnd: 100_000_000n,
      requestedSupportVnd: 30_000_000n,
      review: input.review,
    },
  });
}

/** A đề án of the year in the given state, counting `targetQuantity` toward the target. */
export async function createProjectForTarget(input: {
  provinceId: number;
  implementingOrgId: number;
  adminUnitId: number;
  targetId: number;
  targetQuantity: number | null;
  status: ProjectStatus;
  year: number;
}) {
  const project = await createProject({ ...input });
  return db.project.update({ where: { id: project.id }, data: { programmeTargetId: input.targetId, targetQuantity: input.targetQuantity } });
}
