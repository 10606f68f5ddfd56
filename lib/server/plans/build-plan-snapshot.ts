import 'server-only';
import { adminUnitName, FUNDING_LEVEL_SHORT } from '@/lib/domain/labels';
import type { PlanSnapshot } from '@/lib/domain/plan-diff';
import type { Tx } from '../db';
import { PLAN_ITEM_INCLUDE } from './get-plan';

/** The plan's proposals as they are sent, in words a reviewer reads (stored in AnnualPlanVersion). */
export async function buildPlanSnapshot(tx: Tx, planId: number, version: number): Promise<PlanSnapshot> {
  const items = await tx.planItem.findMany({ where: { annualPlanId: planId }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }], include: PLAN_ITEM_INCLUDE });
  return {
    version,
    items: items.map((item) => ({
      id: item.id,
      name: item.name,
      contentCategory: `${item.contentCategory.code} · ${item.contentCategory.name}`,
      programmeTarget: item.programmeTarget ? `${item.programmeTarget.group.code}.${item.programmeTarget.itemNo} ${item.programmeTarget.name}` : null,
      targetQuantity: item.targetQuantity,
      fundingLevel: FUNDING_LEVEL_SHORT[item.fundingLevel],
      adminUnit: item.adminUnit ? adminUnitName(item.adminUnit) : null,
      place: item.place,
      expectedOutputs: item.expectedOutputs,
      totalCostVnd: item.totalCostVnd.toString(),
      requestedSupportVnd: item.requestedSupportVnd.toString(),
      counterpartVnd: item.counterpartVnd.toString(),
      otherFundingVnd: item.otherFundingVnd.toString(),
      beneficiaries: item.beneficiaries.map((b) => `${b.facility.name} (MST ${b.facility.taxCode})`),
    })),
  };
}
