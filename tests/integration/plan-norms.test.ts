// Issue 12 item 2: a yearly-plan proposal is held to the spending norm and the duplicate-support check
// like a đề án — absurd amounts refused on save, above-norm support refused when the plan is sent and
// when a reviewer accepts it, unless an exception was recorded; earlier support of the facility shown.
import { beforeAll, describe, expect, it } from 'vitest';
import { planItemSchema } from '@/lib/schemas/plan';
import { db } from '@/lib/server/db';
import { findPlanItemDuplicates, planItemSubject } from '@/lib/server/plans/check-plan-item';
import { createPlan } from '@/lib/server/plans/create-plan';
import { recordPlanItemNormException } from '@/lib/server/plans/record-plan-item-norm-exception';
import { reviewPlanItem } from '@/lib/server/plans/review-plan-item';
import { savePlanItem } from '@/lib/server/plans/save-plan-item';
import { submitPlan } from '@/lib/server/plans/submit-plan';
import { createPlanWorld, errorOf, itemInput, PLAN_YEAR, type PlanWorld } from '../factories/plan';
import { freshWorld } from '../factories/world';

let w: PlanWorld;

beforeAll(async () => {
  w = await freshWorld(createPlanWorld);
  await db.spendingNorm.create({
    data: { provinceId: w.hp.province.id, contentCategoryId: w.programme.categoryId, fundingSource: 'KCDP', maxShareBp: 5000, ceilingVnd: 300_000_000n, ceilingScope: 'PER_FACILITY', legalBasis: 'Nghị quyết 13/2025/NQ-HĐND, Điều 5', validFrom: new Date('2025-10-15') },
  });
});

describe('spending norm and duplicate support of a proposal', () => {
  it('refuses an absurd amount when saving', () => {
    const parsed = planItemSchema.safeParse({ ...itemInput(1, w), totalCostVnd: '999.999.999.999.999', requestedSupportVnd: '300.000.000', counterpartVnd: '999.999.699.999.999' });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join('.'))).toContain('totalCostVnd');
  });

  it('refuses to send a proposal above the norm until an exception is recorded, and a reviewer to accept it without one', async () => {
    const plan = await createPlan(w.actors.xaA, PLAN_YEAR);
    const dryer = { name: 'Máy sấy bơm nhiệt', totalCostVnd: 800_000_000n, requestedSupportVnd: 350_000_000n, counterpartVnd: 450_000_000n };
    const { id: itemId } = await savePlanItem(w.actors.xaA, itemInput(plan.id, w, dryer));

    const refused = await errorOf(submitPlan(w.actors.xaA, plan.id));
    expect(refused.code).toBe('LIMIT_EXCEEDED');
    expect(refused.message).toContain('Hỗ trợ 350.000.000');
    expect(refused.message).toContain('vượt mức chi tối đa 300.000.000');
    expect((await db.annualPlan.findUniqueOrThrow({ where: { id: plan.id } })).status).toBe('DRAFT');

    expect((await errorOf(recordPlanItemNormException(w.actors.xaA, { itemId, note: 'Cơ sở thuộc vùng khó khăn' }))).code).toBe('FORBIDDEN');
    await recordPlanItemNormException(w.actors.sct, { itemId, note: 'Chấp thuận theo văn bản 123/UBND-KT' });
    await submitPlan(w.actors.xaA, plan.id);

    // The exception is gone (as after a change of figures): accepting is refused.
    await db.planItem.update({ where: { id: itemId }, data: { normExceptionNote: null } });
    const review = await errorOf(reviewPlanItem(w.actors.ttkc, { itemId, decision: 'ACCEPTED', comment: null }));
    expect(review.code).toBe('LIMIT_EXCEEDED');
    expect((await db.planItem.findUniqueOrThrow({ where: { id: itemId } })).review).toBe('PENDING');
  });

  it('shows the facility’s earlier support for the same content to reviewers', async () => {
    const item = await db.planItem.findFirstOrThrow({ include: { annualPlan: true, contentCategory: true, beneficiaries: { include: { facility: { select: { id: true, name: true, taxCode: true } } } } } });
    const warnings = await findPlanItemDuplicates(w.actors.ttkc, { ...planItemSubject(item, item.annualPlan), contentCode: item.contentCategory.code });
    expect(warnings?.map((x) => x.other.projectId)).toContain(w.projectA.id);
  });
});
