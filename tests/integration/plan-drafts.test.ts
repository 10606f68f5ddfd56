// Issue 12 item 18: a plan its unit started but never sent can be deleted by that unit (audited);
// another unit, or a plan already sent, cannot.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { createPlan } from '@/lib/server/plans/create-plan';
import { deletePlanDraft } from '@/lib/server/plans/delete-plan-draft';
import { savePlanItem } from '@/lib/server/plans/save-plan-item';
import { createPlanWorld, createSubmittedPlan, errorOf, itemInput, PLAN_YEAR, type PlanWorld } from '../factories/plan';
import { freshWorld } from '../factories/world';

let w: PlanWorld;

beforeAll(async () => { w = await freshWorld(createPlanWorld); });

describe('deleting a draft plan', () => {
  it('lets the author unit delete its unsent plan with its proposals, and audits it', async () => {
    const plan = await createPlan(w.actors.xaA, PLAN_YEAR);
    await savePlanItem(w.actors.xaA, itemInput(plan.id, w));
    expect((await errorOf(deletePlanDraft(w.xaBActor, plan.id))).code).toBe('NOT_FOUND');
    await deletePlanDraft(w.actors.xaA, plan.id);
    expect(await db.annualPlan.count({ where: { id: plan.id } })).toBe(0);
    expect(await db.planItem.count({ where: { annualPlanId: plan.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityType: 'AnnualPlan', entityId: plan.id, event: 'delete', actorId: w.actors.xaA.id } })).toBe(1);
  });

  it('refuses a plan already sent', async () => {
    const plan = await createSubmittedPlan(w);
    expect((await errorOf(deletePlanDraft(w.actors.xaA, plan.id))).code).toBe('ILLEGAL_TRANSITION');
    expect(await db.annualPlan.count({ where: { id: plan.id } })).toBe(1);
  });
});
