import 'server-only';
import { adminUnitName } from '@/lib/domain/labels';
import type { ProjectSnapshot, SnapshotCostLine } from '@/lib/domain/project-amendment';
import type { ComputedCostLine } from '@/lib/domain/project-cost-lines';
import type { Tx } from '../db';
import { staleError } from '../errors';
import { syncBeneficiaryShares } from './sync-beneficiary-shares';
import type { ProjectForWrite } from './load-project';

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export function snapshotLine(l: Pick<ComputedCostLine, 'item' | 'unit' | 'unitPriceVnd' | 'amountVnd' | 'stateSupportVnd' | 'counterpartVnd' | 'otherVnd' | 'facilityId'> & { quantity: { toString(): string } }): SnapshotCostLine {
  return {
    item: l.item,
    unit: l.unit,
    // Decimal(14,2) prints "2" or "1.5"; keep it as typed so equal quantities compare equal.
    quantity: String(Number(l.quantity.toString())),
    unitPriceVnd: l.unitPriceVnd.toString(),
    amountVnd: l.amountVnd.toString(),
    stateSupportVnd: l.stateSupportVnd.toString(),
    counterpartVnd: l.counterpartVnd.toString(),
    otherVnd: l.otherVnd.toString(),
    facilityId: l.facilityId,
  };
}

/** The đề án as it stands: what an amendment keeps as `before`. */
export function snapshotOf(project: ProjectForWrite): ProjectSnapshot {
  return {
    name: project.name,
    place: project.place,
    adminUnitId: project.adminUnitId,
    adminUnitName: project.adminUnit ? adminUnitName(project.adminUnit) : null,
    startDate: isoDay(project.startDate),
    endDate: isoDay(project.endDate),
    description: project.description,
    expectedOutputs: project.expectedOutputs,
    targetQuantity: project.targetQuantity,
    totalCostVnd: project.totalCostVnd.toString(),
    stateSupportVnd: project.stateSupportVnd.toString(),
    counterpartVnd: project.counterpartVnd.toString(),
    otherFundingVnd: project.otherFundingVnd.toString(),
    approvedSupportVnd: project.approvedSupportVnd?.toString() ?? null,
    beneficiaries: project.beneficiaries.map((b) => ({ facilityId: b.facilityId, name: b.facility.name, equipment: b.equipment })),
    costLines: project.costLines.map(snapshotLine),
  };
}

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
