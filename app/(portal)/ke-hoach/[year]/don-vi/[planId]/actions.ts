'use server';

import { revalidatePath } from 'next/cache';
import { action } from '@/lib/server/action';
import { deletePlanDraft } from '@/lib/server/plans/delete-plan-draft';
import { deletePlanItem } from '@/lib/server/plans/delete-plan-item';
import { previewPlanItemCheck } from '@/lib/server/plans/preview-plan-item-check';
import { recordPlanItemNormException } from '@/lib/server/plans/record-plan-item-norm-exception';
import { markPlanReviewed } from '@/lib/server/plans/mark-plan-reviewed';
import { registerPlanFacility } from '@/lib/server/plans/register-plan-facility';
import { returnPlan } from '@/lib/server/plans/return-plan';
import { reviewPlanItem } from '@/lib/server/plans/review-plan-item';
import { savePlanItem } from '@/lib/server/plans/save-plan-item';
import { submitPlan } from '@/lib/server/plans/submit-plan';
import {
  planFacilitySchema,
  planIdSchema,
  planItemCheckSchema,
  planItemIdSchema,
  planItemNormExceptionSchema,
  planItemSchema,
  returnPlanSchema,
  reviewItemSchema,
} from '@/lib/schemas/plan';

// A xã/unit plan: the author's writes, then the reviewer's. Each use case checks permission,
// scope and state itself; these wrappers only validate and refresh.
const refresh = () => revalidatePath('/ke-hoach', 'layout');

export const savePlanItemAction = action(planItemSchema, async (input, actor) => {
  const saved = await savePlanItem(actor, input);
  refresh();
  return saved;
});

export const deletePlanItemAction = action(planItemIdSchema, async ({ itemId }, actor) => {
  await deletePlanItem(actor, itemId);
  refresh();
});

export const registerFacilityAction = action(planFacilitySchema, async (input, actor) => {
  const facility = await registerPlanFacility(actor, input);
  revalidatePath('/co-so');
  return facility;
});

export const submitPlanAction = action(planIdSchema, async ({ planId }, actor) => {
  const sent = await submitPlan(actor, planId);
  refresh();
  return { message: `Đã gửi kế hoạch (lần ${sent.version}).` };
});

export const reviewItemAction = action(reviewItemSchema, async (input, actor) => {
  await reviewPlanItem(actor, input);
  refresh();
});

export const returnPlanAction = action(returnPlanSchema, async (input, actor) => {
  await returnPlan(actor, input);
  refresh();
});

export const markReviewedAction = action(planIdSchema, async ({ planId }, actor) => {
  await markPlanReviewed(actor, planId);
  refresh();
});

/** Read-only: the norm and duplicate check of the proposal being typed. */
export const checkPlanItemAction = action(planItemCheckSchema, (input, actor) => previewPlanItemCheck(actor, input));

export const planItemNormExceptionAction = action(planItemNormExceptionSchema, async (input, actor) => {
  await recordPlanItemNormException(actor, input);
  refresh();
});

export const deletePlanDraftAction = action(planIdSchema, async ({ planId }, actor) => {
  const { year } = await deletePlanDraft(actor, planId);
  refresh();
  return { href: `/ke-hoach/${year}` };
});
