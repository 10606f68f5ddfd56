// Progress against targets equals what the database holds: plan items counted as "registered"
// only when accepted in a plan approved for budget or decided; đề án counted as "achieved" only
// once accepted or later.
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ACHIEVED_STATES } from '@/lib/domain/lifecycle/project';
import type { ProjectStatus } from '@/prisma/generated/client/enums';
import { db } from '@/lib/server/db';
import { findProgrammeProgress, groupsProgress } from '@/lib/server/programmes/find-programme-progress';
import { createPlanItemForTarget, createProgramme, createProjectForTarget, targetOf } from '../factories/programme';
import { createWorld, freshWorld } from '../factories/world';

let w: Awaited<ReturnType<typeof createWorld>>;
let programmeId: number;
let i2: number; // I.2 "chuyển giao, ứng dụng máy móc" — Cơ sở: 24, 29, 29, 29, 32 (143)
let ii7: number; // II.7 "phòng trưng bày" — Cơ sở: 2, 3, 3, 3, 4, written total 25

beforeAll(async () => {
  w = await freshWorld(createWorld);
  const programme = await createProgramme({ provinceId: w.hp.province.id, status: 'APPROVED' });
  programmeId = programme.id;
  i2 = (await targetOf(programmeId, 'I.2')).id;
  ii7 = (await targetOf(programmeId, 'II.7')).id;
  const other = await createProgramme({ provinceId: w.hp.province.id, code: 'KHAC' });
  const otherI2 = (await targetOf(other.id, 'I.2')).id;

  const project = (targetId: number, status: ProjectStatus, year: number, targetQuantity: number | null) =>
    createProjectForTarget({ provinceId: w.hp.province.id, implementingOrgId: w.hp.orgs.ttkc.id, adminUnitId: w.xaA.id, targetId, targetQuantity, status, year });
  // Achieved: accepted, liquidated, settled, closed.
  await project(i2, 'ACCEPTED', 2026, 3);
  await project(i2, 'LIQUIDATED', 2026, 2);
  await project(i2, 'SETTLED', 2027, 4);
  await project(i2, 'CLOSED', 2027, 1);
  await project(ii7, 'ACCEPTED', 2026, 2);
  // Not achieved yet, or never.
  for (const status of ['DRAFT', 'SUBMITTED', 'APPRAISED', 'APPROVED', 'CONTRACTED', 'IN_PROGRESS', 'UNDER_ACCEPTANCE', 'REJECTED', 'STOPPED'] as const) {
    await project(i2, status, 2026, 10);
  }
  await project(i2, 'ACCEPTED', 2028, null); // linked, not quantified
  await project(otherI2, 'ACCEPTED', 2026, 50); // another programme's target

  const item = (targetId: number, year: number, roundStatus: 'REGISTRATION_OPEN' | 'CONSOLIDATING' | 'BUDGET_APPRAISAL' | 'BUDGET_APPROVED' | 'DECIDED', review: 'PENDING' | 'ACCEPTED' | 'RETURNED' | 'REJECTED', targetQuantity: number | null, organizationId = w.hp.orgs.ttkc.id) =>
    createPlanItemForTarget({ provinceId: w.hp.province.id, organizationId, createdById: w.actors.ttkc.id, year, roundStatus, targetId, targetQuantity, review });
  // 2026 round decided: accepted items count, others do not.
  await item(i2, 2026, 'DECIDED', 'ACCEPTED', 20);
  await item(i2, 2026, 'DECIDED', 'ACCEPTED', 5, w.hp.orgs.sct.id);
  await item(i2, 2026, 'DECIDED', 'REJECTED', 7);
  await item(i2, 2026, 'DECIDED', 'RETURNED', 7);
  await item(ii7, 2026, 'DECIDED', 'ACCEPTED', 2);
  // 2027 round approved for budget: counts.
  await item(i2, 2027, 'BUDGET_APPROVED', 'ACCEPTED', 25);
  // 2028 round still with Sở Tài chính: does not count yet.
  await item(i2, 2028, 'BUDGET_APPRAISAL', 'ACCEPTED', 30);
});

describe('progress against targets', () => {
  it('counts planned, registered, achieved and % per year as the rules say', async () => {
    const progress = await findProgrammeProgress(w.actors.sct, programmeId);
    const target = progress.groups[0]!.targets.find((t) => t.targetId === i2)!;
    expect(target.byYear).toEqual([
      { year: 2026, planned: 24, registered: 25, achieved: 5, percentAchieved: 20.8 },
      { year: 2027, planned: 29, registered: 25, achieved: 5, percentAchieved: 17.2 },
      { year: 2028, planned: 29, registered: 0, achieved: 0, percentAchieved: 0 },
      { year: 2029, planned: 29, registered: 0, achieved: 0, percentAchieved: 0 },
      { year: 2030, planned: 32, registered: 0, achieved: 0, percentAchieved: 0 },
    ]);
    expect(target.period).toEqual({ planned: 143, registered: 50, achieved: 10, percentAchieved: 7 });
  });

  it('measures a row with an inconsistent total against the total as written', async () => {
    const progress = await findProgrammeProgress(w.actors.xaA, programmeId);
    const target = progress.groups[1]!.targets.find((t) => t.targetId === ii7)!;
    expect(target.consistent).toBe(false);
    expect(target.period).toEqual({ planned: 25, registered: 2, achieved: 2, percentAchieved: 8 });
    expect(target.byYear[0]).toEqual({ year: 2026, planned: 2, registered: 2, achieved: 2, percentAchieved: 100 });
  });

  it('equals the sums the database holds', async () => {
    const progress = await findProgrammeProgress(w.actors.ttkc, programmeId);
    const achieved = await db.$queryRaw<{ target_id: number; total: bigint }[]>`
      SELECT p."programmeTargetId" AS target_id, COALESCE(SUM(p."targetQuantity"), 0) AS total
      FROM "Project" p JOIN "ProgrammeTarget" t ON t.id = p."programmeTargetId"
      WHERE t."programmeId" = ${programmeId} AND p.status::text = ANY(${[...PROJECT_ACHIEVED_STATES]})
      GROUP BY p."programmeTargetId"`;
    const registered = await db.$queryRaw<{ target_id: number; total: bigint }[]>`
      SELECT i."programmeTargetId" AS target_id, COALESCE(SUM(i."targetQuantity"), 0) AS total
      FROM "PlanItem" i JOIN "AnnualPlan" a ON a.id = i."annualPlanId" JOIN "ConsolidatedPlan" c ON c.id = a."consolidatedPlanId"
      JOIN "ProgrammeTarget" t ON t.id = i."programmeTargetId"
      WHERE t."programmeId" = ${programmeId} AND i.review = 'ACCEPTED' AND c.status IN ('BUDGET_APPROVED', 'DECIDED')
      GROUP BY i."programmeTargetId"`;
    const targets = progress.groups.flatMap((g) => g.targets);
    for (const t of targets) {
      expect(t.period.achieved).toBe(Number(achieved.find((r) => r.target_id === t.targetId)?.total ?? 0));
      expect(t.period.registered).toBe(Number(registered.find((r) => r.target_id === t.targetId)?.total ?? 0));
    }
    expect(targets.filter((t) => t.period.achieved > 0).map((t) => t.targetId).sort()).toEqual([i2, ii7].sort());
  });

  it('gives each group the average share done of its planned items', async () => {
    const progress = await findProgrammeProgress(w.actors.ttkc, programmeId);
    const [groupI, groupII] = groupsProgress(progress);
    // Group I: 4 planned items (I.1, I.2, I.3, I.6); only I.2 has progress: 10/143.
    expect(groupI).toMatchObject({ code: 'I', plannedItems: 4, percentAchieved: 1.7 });
    // Group II: 8 planned items; II.7 is at 2/25.
    expect(groupII).toMatchObject({ code: 'II', plannedItems: 8, percentAchieved: 1 });
    expect(groupsProgress(progress, 2026)[0]).toMatchObject({ plannedItems: 1, percentAchieved: 20.8, percentRegistered: 100 });
  });

  it('is not shown to roles without programme:read', async () => {
    await expect(findProgrammeProgress(w.actors.kbnn, programmeId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(findProgrammeProgress(w.actors.ldTtkc, programmeId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
