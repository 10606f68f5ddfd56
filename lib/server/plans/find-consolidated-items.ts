import 'server-only';
import { adminUnitName } from '@/lib/domain/labels';
import { ANNUAL_PLAN_REVIEWED, PLAN_ITEM_INCLUDED_REVIEW } from '@/lib/domain/lifecycle/plan';
import { computePlanTotals, type TotalsInputItem } from '@/lib/domain/plan-totals';
import type { Prisma } from '@/prisma/generated/client/client';
import { codeLabel } from '../code-label';
import { db, type Tx } from '../db';

/** Proposals that make up the city plan: accepted, in a plan whose review is finished. */
export function consolidatedItemsWhere(roundId: number): Prisma.PlanItemWhereInput {
  return { review: PLAN_ITEM_INCLUDED_REVIEW, annualPlan: { consolidatedPlanId: roundId, status: ANNUAL_PLAN_REVIEWED } };
}

type TotalsSource = Omit<TotalsInputItem, 'programmeGroup' | 'area' | 'beneficiaryCount'> & {
  programmeTarget: { group: { code: string; name: string } } | null;
  beneficiaries: unknown[];
};

/** A proposal as computePlanTotals reads it; `unit` is where it takes place (its own xã, else the plan's). */
export function planItemTotalsInput(item: TotalsSource, unit: { formerArea: string | null } | null): TotalsInputItem {
  return {
    fundingLevel: item.fundingLevel,
    programmeGroup: item.programmeTarget?.group ?? null,
    contentCategory: item.contentCategory,
    area: unit?.formerArea ?? null,
    beneficiaryCount: item.beneficiaries.length,
    totalCostVnd: item.totalCostVnd,
    requestedSupportVnd: item.requestedSupportVnd,
    counterpartVnd: item.counterpartVnd,
    otherFundingVnd: item.otherFundingVnd,
    approvedSupportVnd: item.approvedSupportVnd,
  };
}

const INCLUDE = {
  contentCategory: codeLabel,
  programmeTarget: { select: { itemNo: true, name: true, unit: true, group: codeLabel } },
  adminUnit: { select: { type: true, name: true, formerArea: true } },
  annualPlan: {
    select: { id: true, adminUnitId: true, organization: { select: { id: true, name: true, kind: true } }, adminUnit: { select: { type: true, name: true, formerArea: true } } },
  },
  beneficiaries: { include: { facility: { select: { id: true, name: true, taxCode: true } } } },
} as const;

/**
 * The city plan's proposals with everything the screen and the exports print, and the inputs of
 * the one totals function. Called by the consolidation screen, the budget screen and both exports.
 * The caller has already checked permission and scope on the round.
 */
export async function findConsolidatedItems(roundId: number, client: Tx | typeof db = db) {
  const items = await client.planItem.findMany({
    where: consolidatedItemsWhere(roundId),
    orderBy: [{ fundingLevel: 'asc' }, { annualPlan: { organization: { name: 'asc' } } }, { sortOrder: 'asc' }, { id: 'asc' }],
    include: INCLUDE,
  });
  const rows = items.map((item) => {
    const unit = item.adminUnit ?? item.annualPlan.adminUnit;
    const totalsInput = planItemTotalsInput(item, unit);
    return {
      ...item,
      placeLabel: [item.place, unit ? adminUnitName(unit) : null].filter(Boolean).join(', '),
      area: unit?.formerArea ?? null,
      totalsInput,
    };
  });
  return { rows, totals: computePlanTotals(rows.map((r) => r.totalsInput)) };
}

export type ConsolidatedItems = Awaited<ReturnType<typeof findConsolidatedItems>>;
export type ConsolidatedRow = ConsolidatedItems['rows'][number];
