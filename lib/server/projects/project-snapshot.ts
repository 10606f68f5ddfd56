import 'server-only';
import type { ProjectSnapshot } from '@/lib/domain/project-amendment';
import type { Tx } from '../db';
import { staleError } from '../errors';
import { syncBeneficiaryShares } from './sync-beneficiary-shares';

export { snapshotLine, snapshotOf } from '@/lib/domain/project-snapshot';

/**
 * Makes `after` the đề án's current version: fields, beneficiaries and cost lines, version + 1 —
 * only if the đề án is still at the version the amendment was made from.
 */
export async function applySnapshot(tx: Tx, projectId: number, fromVersion: number, after: ProjectSnapshot): Promise<number> {
  const toVersion = fromVersion + 1;
  const { count } = await tx.project.updateMany({
    where: { id: projectId, version: fromVersion },
    data: {
      version: toVersion,
      name: after.name,
      place: after.place,
      adminUnitId: after.adminUnitId,
      startDate: after.startDate ? new Date(`${after.startDate}T00:00:00Z`) : null,
      endDate: after.endDate ? new Date(`${after.endDate}T00:00:00Z`) : null,
      description: after.description,
      expectedOutputs: after.expectedOutputs,
      targetQuantity: after.targetQuantity,
      totalCostVnd: BigInt(after.totalCostVnd),
      stateSupportVnd: BigInt(after.stateSupportVnd),
      counterpartVnd: BigInt(after.counterpartVnd),
      otherFundingVnd: BigInt(after.otherFundingVnd),
      approvedSupportVnd: after.approvedSupportVnd === null ? null : BigInt(after.approvedSupportVnd),
      normExceptionNote: null,
    },
  });
  if (count !== 1) throw staleError();
  await tx.projectBeneficiary.deleteMany({ where: { projectId } });
  await tx.projectBeneficiary.createMany({ data: after.beneficiaries.map((b) => ({ projectId, facilityId: b.facilityId, equipment: b.equipment })) });
  await tx.costLine.deleteMany({ where: { projectId } });
  await tx.costLine.createMany({
    data: after.costLines.map((l, i) => ({
      projectId,
      sortOrder: i + 1,
      item: l.item,
      unit: l.unit,
      quantity: l.quantity,
      unitPriceVnd: BigInt(l.unitPriceVnd),
      amountVnd: BigInt(l.amountVnd),
      stateSupportVnd: BigInt(l.stateSupportVnd),
      counterpartVnd: BigInt(l.counterpartVnd),
      otherVnd: BigInt(l.otherVnd),
      facilityId: l.facilityId,
    })),
  });
  await syncBeneficiaryShares(tx, projectId);
  return toVersion;
}
