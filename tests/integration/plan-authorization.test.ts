// Who may read and change which yearly plan: a xã officer only their own xã's plan; nobody edits a
// sent or approved plan outside the workflow; each step only for the role that owns it.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { approveBudget } from '@/lib/server/plans/approve-budget';
import { createPlan } from '@/lib/server/plans/create-plan';
import { deletePlanItem } from '@/lib/server/plans/delete-plan-item';
import { exportPlan } from '@/lib/server/plans/export-plan';
import { findRounds } from '@/lib/server/plans/find-rounds';
import { getConsolidationOrThrow } from '@/lib/server/plans/get-consolidation';
import { getPlanOrThrow } from '@/lib/server/plans/get-plan';
import { markPlanReviewed } from '@/lib/server/plans/mark-plan-reviewed';
import { openRound } from '@/lib/server/plans/open-round';
import { returnPlan } from '@/lib/server/plans/return-plan';
import { reviewPlanItem } from '@/lib/server/plans/review-plan-item';
import { saveBudgetAppraisal } from '@/lib/server/plans/save-budget-appraisal';
import { savePlanItem } from '@/lib/server/plans/save-plan-item';
import { sendDeadlineReminders } from '@/lib/server/plans/send-deadline-reminders';
import { submitPlan } from '@/lib/server/plans/submit-plan';
import { codeOf, createPlanWorld, errorOf, itemInput, PLAN_YEAR, type PlanWorld } from '../factories/plan';
import { daysFromNow } from '../factories/clock';
import { freshWorld } from '../factories/world';

let w: PlanWorld;
let planA: { id: number };
let itemA: { id: number };

beforeAll(async () => {
  w = await freshWorld(createPlanWorld);
  planA = await createPlan(w.actors.xaA, PLAN_YEAR);
  itemA = await savePlanItem(w.actors.xaA, itemInput(planA.id, w));
});

describe('a xã officer and another xã', () => {
  it("cannot read another xã's plan", async () => {
    expect(await codeOf(getPlanOrThrow(w.xaBActor, planA.id))).toBe('NOT_FOUND');
  });

  it("cannot change, delete from or send another xã's plan", async () => {
    expect(await codeOf(savePlanItem(w.xaBActor, itemInput(planA.id, w)))).toBe('NOT_FOUND');
    expect(await codeOf(savePlanItem(w.xaBActor, itemInput(planA.id, w, { itemId: itemA.id, name: 'Sửa trộm' })))).toBe('NOT_FOUND');
    expect(await codeOf(deletePlanItem(w.xaBActor, itemA.id))).toBe('NOT_FOUND');
    expect(await codeOf(submitPlan(w.xaBActor, planA.id))).toBe('NOT_FOUND');
    const item = await db.planItem.findUniqueOrThrow({ where: { id: itemA.id } });
    expect(item.name).toBe('Hỗ trợ máy ép gạch không nung');
  });

  it('starts its own plan for its own UBND xã, separate from the first', async () => {
    const planB = await createPlan(w.xaBActor, PLAN_YEAR);
    expect(planB.id).not.toBe(planA.id);
    expect(planB.organizationId).toBe(w.ubndB.id);
  });

  it("cannot put another xã's facility in its proposals", async () => {
    const planB = await createPlan(w.xaBActor, PLAN_YEAR);
    const error = await errorOf(savePlanItem(w.xaBActor, itemInput(planB.id, w, { facilityIds: [w.facilityA.id] })));
    expect(error.fieldErrors?.facilityIds).toContain('không thuộc phạm vi');
  });

  it('cannot see the city-wide consolidation or its exports', async () => {
    expect(await codeOf(getConsolidationOrThrow(w.actors.xaA, PLAN_YEAR))).toBe('FORBIDDEN');
    expect(await codeOf(exportPlan(w.actors.xaA, PLAN_YEAR, 'KCDP'))).toBe('FORBIDDEN');
  });
});

describe('staff who are not the author', () => {
  it('may read a xã plan but not write into it', async () => {
    expect(await codeOf(getPlanOrThrow(w.actors.ttkc, planA.id))).toBe('OK');
    expect(await codeOf(savePlanItem(w.actors.ttkc, itemInput(planA.id, w, { itemId: itemA.id, name: 'Sửa hộ' })))).toBe('FORBIDDEN');
    expect(await codeOf(savePlanItem(w.actors.sct, itemInput(planA.id, w)))).toBe('FORBIDDEN');
  });

  it('in another province do not see the plan at all', async () => {
    expect(await codeOf(getPlanOrThrow(w.actors.ldTtkc, planA.id))).toBe('NOT_FOUND');
    expect((await findRounds(w.actors.ldTtkc)).length).toBe(0);
  });

  it('get only the steps of their role', async () => {
    expect(await codeOf(openRound(w.actors.xaA, { year: PLAN_YEAR + 1, title: 'x', deadline: daysFromNow(30), instructions: null }))).toBe('FORBIDDEN');
    expect(await codeOf(sendDeadlineReminders(w.actors.ttkc, PLAN_YEAR))).toBe('FORBIDDEN');
    expect(await codeOf(reviewPlanItem(w.actors.stc, { itemId: itemA.id, decision: 'ACCEPTED', comment: null }))).toBe('FORBIDDEN');
    expect(await codeOf(reviewPlanItem(w.actors.xaA, { itemId: itemA.id, decision: 'ACCEPTED', comment: null }))).toBe('FORBIDDEN');
    expect(await codeOf(saveBudgetAppraisal(w.actors.sct, { year: PLAN_YEAR, budgetCeilingVnd: 1n, items: [] }))).toBe('FORBIDDEN');
    expect(await codeOf(approveBudget(w.actors.ttkc, PLAN_YEAR))).toBe('FORBIDDEN');
    expect(await codeOf(exportPlan(w.actors.stc, PLAN_YEAR, 'KCQG'))).toBe('FORBIDDEN');
    expect(await codeOf(exportPlan(w.actors.stc, PLAN_YEAR, 'KCDP'))).toBe('OK');
  });
});

describe('a sent plan', () => {
  it('is read-only to its author, and reviewers cannot review a draft', async () => {
    expect(await codeOf(reviewPlanItem(w.actors.ttkc, { itemId: itemA.id, decision: 'ACCEPTED', comment: null }))).toBe('ILLEGAL_TRANSITION');
    await submitPlan(w.actors.xaA, planA.id);
    const detail = await getPlanOrThrow(w.actors.xaA, planA.id);
    expect(detail.canEdit).toBe(false);
    const edit = await errorOf(savePlanItem(w.actors.xaA, itemInput(planA.id, w, { itemId: itemA.id, name: 'Sửa sau khi gửi' })));
    expect(edit.code).toBe('ILLEGAL_TRANSITION');
    expect(edit.message).toContain('Đã gửi');
    expect(await codeOf(savePlanItem(w.actors.xaA, itemInput(planA.id, w)))).toBe('ILLEGAL_TRANSITION');
    expect(await codeOf(deletePlanItem(w.actors.xaA, itemA.id))).toBe('ILLEGAL_TRANSITION');
    expect(await codeOf(submitPlan(w.actors.xaA, planA.id))).toBe('ILLEGAL_TRANSITION');
    expect(await db.planItem.count({ where: { annualPlanId: planA.id } })).toBe(1);
  });

  it('cannot be returned without a reason', async () => {
    const error = await errorOf(returnPlan(w.actors.ttkc, { planId: planA.id, reason: ' ' }));
    expect(error.code).toBe('VALIDATION');
  });

  it('stays frozen once reviewed and once the round has moved on', async () => {
    await reviewPlanItem(w.actors.ttkc, { itemId: itemA.id, decision: 'ACCEPTED', comment: null });
    await markPlanReviewed(w.actors.sct, planA.id);
    expect(await codeOf(returnPlan(w.actors.ttkc, { planId: planA.id, reason: 'Sửa lại' }))).toBe('ILLEGAL_TRANSITION');
    expect(await codeOf(reviewPlanItem(w.actors.ttkc, { itemId: itemA.id, decision: 'REJECTED', comment: 'Không' }))).toBe('ILLEGAL_TRANSITION');
    await db.consolidatedPlan.update({ where: { id: w.round.id }, data: { status: 'DECIDED' } });
    expect(await codeOf(savePlanItem(w.actors.xaA, itemInput(planA.id, w, { itemId: itemA.id })))).toBe('ILLEGAL_TRANSITION');
    const item = await db.planItem.findUniqueOrThrow({ where: { id: itemA.id } });
    expect(item.review).toBe('ACCEPTED');
  });
});
