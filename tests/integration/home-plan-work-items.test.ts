// The home page's yearly-plan queue "Kế hoạch của xã/đơn vị chờ xem xét": the plans sent for review
// in the reviewer's own province, with how many wait in all; never another province's.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { findPlanWorkItems } from '@/lib/server/home/find-plan-work-items';
import { createPlanWorld, createSubmittedPlan, PLAN_YEAR, type PlanWorld } from '../factories/plan';
import { freshWorld } from '../factories/world';

const REVIEW = 'Kế hoạch của xã/đơn vị chờ xem xét';

let w: PlanWorld;

beforeEach(async () => { w = await freshWorld(createPlanWorld); });

describe('the plans waiting for review on the home page', () => {
  it("list the Trung tâm its province's plans sent for review, and none to another province's", async () => {
    const plan = await createSubmittedPlan(w);
    const { organization } = await db.annualPlan.findUniqueOrThrow({ where: { id: plan.id }, select: { organization: { select: { name: true } } } });

    const review = (await findPlanWorkItems(w.actors.ttkc)).find((s) => s.title === REVIEW)!;
    expect(review.total).toBe(1);
    expect(review.items).toEqual([
      { href: `/ke-hoach/${PLAN_YEAR}/don-vi/${plan.id}`, title: `${organization.name} — năm ${PLAN_YEAR}`, meta: expect.stringMatching(/^1 đề xuất · xã .+ · gửi \d{2}\/\d{2}\/\d{4}$/) },
    ]);

    const elsewhere = (await findPlanWorkItems(w.actors.ldTtkc)).find((s) => s.title === REVIEW)!;
    expect(elsewhere).toMatchObject({ total: 0, items: [] });
  });
});
