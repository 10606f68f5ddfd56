// Round-level rules on a real database: only accepted proposals make up the city plan; reopening
// registration is the SCT's alone; a facility in a phường is not eligible for a proposal.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { closeRegistration } from '@/lib/server/plans/close-registration';
import { createPlan } from '@/lib/server/plans/create-plan';
import { getConsolidationOrThrow } from '@/lib/server/plans/get-consolidation';
import { markPlanReviewed } from '@/lib/server/plans/mark-plan-reviewed';
import { reopenRegistration } from '@/lib/server/plans/reopen-registration';
import { reviewPlanItem } from '@/lib/server/plans/review-plan-item';
import { savePlanItem } from '@/lib/server/plans/save-plan-item';
import { submitPlan } from '@/lib/server/plans/submit-plan';
import { daysFromNow } from '../factories/clock';
import { createPlanWorld, errorOf, itemInput, PLAN_YEAR, type PlanWorld } from '../factories/plan';
import { createAdminUnit, createFacility, freshWorld } from '../factories/world';

let w: PlanWorld;

beforeEach(async () => { w = await freshWorld(createPlanWorld); });

/** A reviewed plan of xã Nam Sách: one proposal accepted (300 triệu), one rejected (200 triệu). */
async function reviewedPlanWithOneRejected() {
  const plan = await createPlan(w.actors.xaA, PLAN_YEAR);
  const accepted = await savePlanItem(w.actors.xaA, itemInput(plan.id, w));
  const rejected = await savePlanItem(
    w.actors.xaA,
    itemInput(plan.id, w, { name: 'Máy sấy nông sản', totalCostVnd: 500_000_000n, requestedSupportVnd: 200_000_000n, counterpartVnd: 300_000_000n }),
  );
  await submitPlan(w.actors.xaA, plan.id);
  await reviewPlanItem(w.actors.ttkc, { itemId: accepted.id, decision: 'ACCEPTED', comment: null });
  await reviewPlanItem(w.actors.ttkc, { itemId: rejected.id, decision: 'REJECTED', comment: 'Trùng đề án năm trước' });
  await markPlanReviewed(w.actors.ttkc, plan.id);
  return { plan, accepted, rejected };
}

describe('the consolidated plan', () => {
  it('counts and sums only the accepted proposals', async () => {
    await reviewedPlanWithOneRejected();
    await closeRegistration(w.actors.sct, PLAN_YEAR);
    const consolidation = await getConsolidationOrThrow(w.actors.sct, PLAN_YEAR);
    expect(consolidation.totals.bySource.KCDP.totals).toMatchObject({ items: 1, requestedSupportVnd: 300_000_000n, totalCostVnd: 1_000_000_000n });
    const names = JSON.stringify(consolidation, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
    expect(names).toContain('Hỗ trợ máy ép gạch không nung');
    expect(names).not.toContain('Máy sấy nông sản');
  });
});

describe('reopening registration', () => {
  const input = () => ({ year: PLAN_YEAR, reason: 'Xã Vĩnh Bảo gửi muộn do bão', deadline: daysFromNow(10) });

  it('is refused to anyone but the SCT leader, before any other check, and changes nothing', async () => {
    await reviewedPlanWithOneRejected();
    await closeRegistration(w.actors.sct, PLAN_YEAR);
    const before = await db.consolidatedPlan.findUniqueOrThrow({ where: { id: w.round.id } });
    const notices = await db.notification.count();
    for (const actor of [w.actors.ttkc, w.actors.xaA, w.actors.stc]) {
      expect((await errorOf(reopenRegistration(actor, input()))).code).toBe('FORBIDDEN');
      // Even a wrong deadline is answered with "forbidden": the permission is checked first.
      expect((await errorOf(reopenRegistration(actor, { ...input(), deadline: daysFromNow(-30) }))).code).toBe('FORBIDDEN');
    }
    expect(await db.consolidatedPlan.findUniqueOrThrow({ where: { id: w.round.id } })).toEqual(before);
    expect(await db.notification.count()).toBe(notices);
    expect(await db.auditEvent.count({ where: { entityType: 'ConsolidatedPlan', event: 'reopenRegistration' } })).toBe(0);
  });

  it('lets the SCT leader reopen with a new deadline and a reason on record', async () => {
    await closeRegistration(w.actors.sct, PLAN_YEAR);
    await reopenRegistration(w.actors.sct, input());
    const round = await db.consolidatedPlan.findUniqueOrThrow({ where: { id: w.round.id } });
    expect(round.status).toBe('REGISTRATION_OPEN');
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: 'ConsolidatedPlan', event: 'reopenRegistration' } });
    expect(audit).toMatchObject({ fromStatus: 'CONSOLIDATING', toStatus: 'REGISTRATION_OPEN', actorId: w.actors.sct.id, reason: 'Xã Vĩnh Bảo gửi muộn do bão' });
    expect(await db.notification.count({ where: { userId: w.actors.xaA.id, title: `Mở lại đăng ký kế hoạch khuyến công năm ${PLAN_YEAR}` } })).toBe(1);
  });
});

describe('eligibility of a proposal’s facility', () => {
  it('refuses a facility in a phường outside a recognised craft village, naming the rule', async () => {
    const phuong = await createAdminUnit(w.hp.province.id, 'Hồng Bàng', 'PHUONG');
    const facility = await createFacility(w.hp.province.id, phuong.id, 'Xưởng in Hồng Bàng');
    // The Trung tâm registers for facilities anywhere in the city (a xã officer only for their xã).
    const plan = await createPlan(w.actors.ttkc, PLAN_YEAR);
    const error = await errorOf(savePlanItem(w.actors.ttkc, itemInput(plan.id, w, { facilityIds: [facility.id] })));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('Cơ sở sản xuất tại phường không thuộc đối tượng hỗ trợ');
    expect(await db.planItem.count({ where: { annualPlanId: plan.id } })).toBe(0);
  });

  it('accepts the same facility once its craft village is recognised', async () => {
    const phuong = await createAdminUnit(w.hp.province.id, 'Hồng Bàng', 'PHUONG');
    const facility = await createFacility(w.hp.province.id, phuong.id, 'Xưởng gốm làng nghề');
    await db.facility.update({ where: { id: facility.id }, data: { inRecognizedCraftVillage: true } });
    const plan = await createPlan(w.actors.ttkc, PLAN_YEAR);
    await savePlanItem(w.actors.ttkc, itemInput(plan.id, w, { facilityIds: [facility.id] }));
    expect(await db.planItem.count({ where: { annualPlanId: plan.id } })).toBe(1);
  });
});
