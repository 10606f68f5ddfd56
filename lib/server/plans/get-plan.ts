import 'server-only';
import { availableEvents } from '@/lib/domain/lifecycle/machine';
import { ANNUAL_PLAN_EDITABLE_STATES, ANNUAL_PLAN_UNSENT_STATES, ANNUAL_PLAN_LIFECYCLE, ROUND_REVIEW_STATES } from '@/lib/domain/lifecycle/plan';
import { can } from '@/lib/domain/permissions';
import { diffPlanSnapshots, parsePlanSnapshot } from '@/lib/domain/plan-diff';
import { computePlanTotals } from '@/lib/domain/plan-totals';
import type { Actor } from '@/lib/domain/roles';
import { assertCan } from '../authz';
import { db } from '../db';
import { checkPlanItemNorm, findPlanItemDuplicates, planItemSubject } from './check-plan-item';
import { planItemTotalsInput } from './find-consolidated-items';
import { assertPlanAuthor, getPlanInScopeOrThrow } from './plan-access';

export const PLAN_ITEM_INCLUDE = {
  contentCategory: { select: { id: true, code: true, name: true } },
  programmeTarget: { select: { id: true, itemNo: true, name: true, unit: true, group: { select: { code: true, name: true } } } },
  adminUnit: { select: { id: true, type: true, name: true, formerArea: true } },
  beneficiaries: { include: { facility: { select: { id: true, name: true, taxCode: true, legalForm: true } } } },
} as const;

/** A xã/unit plan with its proposals, what changed since the previous submission and what the actor may do. */
export async function getPlanOrThrow(actor: Actor, planId: number) {
  assertCan(actor, 'plan:read');
  const plan = await getPlanInScopeOrThrow(actor, planId);
  const [items, versions, timeline, adminUnit] = await Promise.all([
    db.planItem.findMany({ where: { annualPlanId: plan.id }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }], include: PLAN_ITEM_INCLUDE }),
    db.annualPlanVersion.findMany({ where: { annualPlanId: plan.id }, orderBy: { version: 'desc' }, take: 2 }),
    db.auditEvent.findMany({
      where: { entityType: 'AnnualPlan', entityId: plan.id },
      orderBy: { createdAt: 'desc' },
      include: { actor: { select: { fullName: true } } },
    }),
    plan.adminUnitId ? db.adminUnit.findUnique({ where: { id: plan.adminUnitId } }) : null,
  ]);
  const isAuthor = can(actor, 'plan:register') && (await assertPlanAuthor(actor, plan).then(() => true, () => false));
  const roundTakesChanges = ROUND_REVIEW_STATES.includes(plan.consolidatedPlan.status);
  const [latest, previous] = versions;
  const events = roundTakesChanges ? availableEvents(ANNUAL_PLAN_LIFECYCLE, actor, plan.status).filter((e) => e !== 'submit' || isAuthor) : [];
  // Every step shows the spending norm and earlier support of each proposal (issue 12 item 2).
  const checks = new Map(
    await Promise.all(
      items.map(async (i) => {
        const subject = planItemSubject(i, plan);
        const [{ check }, duplicates] = await Promise.all([
          checkPlanItemNorm(db, subject, i.approvedSupportVnd ?? i.requestedSupportVnd),
          findPlanItemDuplicates(actor, { ...subject, contentCode: i.contentCategory.code }),
        ]);
        return [i.id, { violations: check?.violations.map((v) => v.message) ?? [], exception: i.normExceptionNote, duplicates: duplicates?.map((d) => d.message) ?? [] }] as const;
      }),
    ),
  );
  return {
    plan,
    adminUnit,
    items,
    checks,
    mayRecordNormException: can(actor, 'norm:exception'),
    totals: computePlanTotals(items.map((i) => planItemTotalsInput(i, i.adminUnit ?? adminUnit))),
    timeline,
    latestVersion: latest ?? null,
    previousVersion: previous ?? null,
    diff: latest && previous ? diffPlanSnapshots(parsePlanSnapshot(previous.snapshot), parsePlanSnapshot(latest.snapshot)) : null,
    isAuthor,
    canEdit: isAuthor && roundTakesChanges && ANNUAL_PLAN_EDITABLE_STATES.includes(plan.status),
    // The same rule deletePlanDraft enforces: the author unit, a plan never sent.
    canDelete: isAuthor && ANNUAL_PLAN_UNSENT_STATES.includes(plan.status),
    // Items are reviewed while the plan waits for its reviewers, i.e. while it may be returned.
    canReview: events.includes('return'),
    events,
  };
}

export type PlanDetail = Awaited<ReturnType<typeof getPlanOrThrow>>;
