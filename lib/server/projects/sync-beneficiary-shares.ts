import 'server-only';
import { sumVnd } from '@/lib/domain/money';
import type { Tx } from '../db';

/**
 * Keeps ProjectBeneficiary.supportVnd / counterpartVnd equal to the cost lines of each facility (all
 * lines for a single-facility đề án; shared lines of a group đề án belong to no facility), so that
 * reports per facility read the same figures as the estimate.
 */
export async function syncBeneficiaryShares(tx: Tx, projectId: number): Promise<void> {
  // One query at a time: a transaction holds a single connection.
  const beneficiaries = await tx.projectBeneficiary.findMany({ where: { projectId }, select: { facilityId: true } });
  const lines = await tx.costLine.findMany({ where: { projectId }, select: { facilityId: true, stateSupportVnd: true, counterpartVnd: true } });
  const single = beneficiaries.length === 1 ? beneficiaries[0]!.facilityId : null;
  for (const b of beneficiaries) {
    const own = lines.filter((l) => (l.facilityId ?? single) === b.facilityId);
    await tx.projectBeneficiary.update({
      where: { projectId_facilityId: { projectId, facilityId: b.facilityId } },
      data: { supportVnd: sumVnd(own.map((l) => l.stateSupportVnd)), counterpartVnd: sumVnd(own.map((l) => l.counterpartVnd)) },
    });
  }
}
