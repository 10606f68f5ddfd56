import 'server-only';
import { isPlanProjectAwaitingEstimate } from '@/lib/domain/lifecycle/project';
import { computeCostLines } from '@/lib/domain/project-cost-lines';
import type { Actor } from '@/lib/domain/roles';
import type { CostLinesInput } from '@/lib/schemas/project';
import { auditSubject, recordAudit, toAuditJson } from '../audit';
import { assertCan } from '../authz';
import { db, type Tx } from '../db';
import { AppError } from '../errors';
import { syncBeneficiaryShares } from './sync-beneficiary-shares';
import { assertDossierEditable, getProjectForWriteOrThrow } from './load-project';

/** Writes computed cost lines and the đề án totals derived from them (never from a form). */
export async function writeCostLines(tx: Tx, projectId: number, lines: CostLinesInput['lines'], facilityIds: number[]) {
  const computed = computeCostLines(lines, facilityIds);
  if (!computed.ok) throw new AppError('VALIDATION', computed.message, computed.fieldErrors);
  await tx.costLine.deleteMany({ where: { projectId } });
  await tx.costLine.createMany({
    data: computed.lines.map((l) => ({
      projectId,
      sortOrder: l.sortOrder,
      item: l.item,
      unit: l.unit,
      quantity: l.quantity,
      unitPriceVnd: l.unitPriceVnd,
      amountVnd: l.amountVnd,
      stateSupportVnd: l.stateSupportVnd,
      counterpartVnd: l.counterpartVnd,
      otherVnd: l.otherVnd,
      facilityId: l.facilityId,
    })),
  });
  return computed;
}

/**
 * Replaces the whole estimate of a draft đề án — or of a đề án the plan decision approved without
 * one, before its contract — in one transaction: all rows or none. For the latter the approved
 * support can only come down to the estimate's state support, never go up (the norm is checked again
 * at contract).
 */
export async function replaceCostLines(actor: Actor, input: CostLinesInput) {
  assertCan(actor, 'project:edit');
  return db.$transaction(async (tx) => {
    const project = await getProjectForWriteOrThrow(tx, actor, input.projectId);
    const fromPlan = isPlanProjectAwaitingEstimate(project);
    if (!fromPlan) assertDossierEditable(project);
    const computed = await writeCostLines(
      tx,
      project.id,
      input.lines,
      project.beneficiaries.map((b) => b.facilityId),
    );
    await syncBeneficiaryShares(tx, project.id);
    // New figures void an exception granted for the old ones.
    const approved = project.approvedSupportVnd;
    const lowered = fromPlan && approved !== null && approved > computed.totals.stateSupportVnd ? computed.totals.stateSupportVnd : null;
    await tx.project.update({
      where: { id: project.id },
      data: { ...computed.totals, normExceptionNote: null, ...(lowered !== null ? { approvedSupportVnd: lowered } : {}) },
    });
    await recordAudit(tx, actor, {
      ...auditSubject('Project', project),
      event: 'replaceCostLines',
      data: toAuditJson({ lines: computed.lines.length, ...computed.totals, voidedNormException: project.normExceptionNote, approvedSupportLoweredTo: lowered }),
    });
    return computed.totals;
  });
}
