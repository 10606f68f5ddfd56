import 'server-only';
import type { Prisma } from '@/prisma/generated/client/client';
import { assertTransition, TransitionError, type Lifecycle, type StatefulModel } from '@/lib/domain/lifecycle/machine';
import type { Actor } from '@/lib/domain/roles';
import { recordAudit } from '../audit';
import type { Tx } from '../db';
import { AppError, staleError } from '../errors';

/** Further columns a transition may set in the same guarded update, per table. */
export interface TransitionChanges {
  Programme: Prisma.ProgrammeUncheckedUpdateManyInput;
  ConsolidatedPlan: Prisma.ConsolidatedPlanUncheckedUpdateManyInput;
  AnnualPlan: Prisma.AnnualPlanUncheckedUpdateManyInput;
  PlanItem: Prisma.PlanItemUncheckedUpdateManyInput;
  Project: Prisma.ProjectUncheckedUpdateManyInput;
  Amendment: Prisma.AmendmentUncheckedUpdateManyInput;
  Acceptance: Prisma.AcceptanceUncheckedUpdateManyInput;
  Document: Prisma.DocumentUncheckedUpdateManyInput;
  PaymentRequest: Prisma.PaymentRequestUncheckedUpdateManyInput;
  Settlement: Prisma.SettlementUncheckedUpdateManyInput;
  RepaymentSchedule: Prisma.RepaymentScheduleUncheckedUpdateManyInput;
  PeriodicReport: Prisma.PeriodicReportUncheckedUpdateManyInput;
  YearlySettlement: Prisma.YearlySettlementUncheckedUpdateManyInput;
  Facility: Prisma.FacilityUncheckedUpdateManyInput;
  SupportRequest: Prisma.SupportRequestUncheckedUpdateManyInput;
  Inspection: Prisma.InspectionUncheckedUpdateManyInput;
  Collaborator: Prisma.CollaboratorUncheckedUpdateManyInput;
  ContestRound: Prisma.ContestRoundUncheckedUpdateManyInput;
}

type Write = (tx: Tx, id: number, from: string, to: string, changes: object) => Promise<{ count: number }>;

// The one place a status column is written after creation. The status values come from the
// lifecycle tables, so the casts (`as never`) only narrow `string` to the table's enum.
const WRITE: Record<StatefulModel, Write> = {
  Programme: (tx, id, from, to, changes) => tx.programme.updateMany({ where: { id, status: from as never }, data: { ...changes, status: to as never } }),
  ConsolidatedPlan: (tx, id, from, to, changes) =>
    tx.consolidatedPlan.updateMany({ where: { id, status: from as never }, data: { ...changes, status: to as never } }),
  AnnualPlan: (tx, id, from, to, changes) => tx.annualPlan.updateMany({ where: { id, status: from as never }, data: { ...changes, status: to as never } }),
  // A proposal's "status" is its review.
  PlanItem: (tx, id, from, to, changes) => tx.planItem.updateMany({ where: { id, review: from as never }, data: { ...changes, review: to as never } }),
  Project: (tx, id, from, to, changes) => tx.project.updateMany({ where: { id, status: from as never }, data: { ...changes, status: to as never } }),
  Amendment: (tx, id, from, to, changes) => tx.amendment.updateMany({ where: { id, status: from as never }, data: { ...changes, status: to as never } }),
  Acceptance: (tx, id, from, to, changes) => tx.acceptance.updateMany({ where: { id, status: from as never }, data: { ...changes, status: to as never } }),
  // A document's "status" is its review (acceptance dossier).
  Document: (tx, id, from, to, changes) => tx.document.updateMany({ where: { id, review: from as never }, data: { ...changes, review: to as never } }),
  PaymentRequest: (tx, id, from, to, changes) =>
    tx.paymentRequest.updateMany({ where: { id, status: from as never }, data: { ...changes, status: to as never } }),
  Settlement: (tx, id, from, to, changes) => tx.settlement.updateMany({ where: { id, status: from as never }, data: { ...changes, status: to as never } }),
  RepaymentSchedule: (tx, id, from, to, changes) =>
    tx.repaymentSchedule.updateMany({ where: { id, status: from as never }, data: { ...changes, status: to as never } }),
  PeriodicReport: (tx, id, from, to, changes) =>
    tx.periodicReport.updateMany({ where: { id, status: from as never }, data: { ...changes, status: to as never } }),
  YearlySettlement: (tx, id, from, to, changes) =>
    tx.yearlySettlement.updateMany({ where: { id, status: from as never }, data: { ...changes, status: to as never } }),
  // A facility's "status" is its verification.
  Facility: (tx, id, from, to, changes) =>
    tx.facility.updateMany({ where: { id, verification: from as never }, data: { ...changes, verification: to as never } }),
  SupportRequest: (tx, id, from, to, changes) =>
    tx.supportRequest.updateMany({ where: { id, status: from as never }, data: { ...changes, status: to as never } }),
  Inspection: (tx, id, from, to, changes) => tx.inspection.updateMany({ where: { id, status: from as never }, data: { ...changes, status: to as never } }),
  Collaborator: (tx, id, from, to, changes) =>
    tx.collaborator.updateMany({ where: { id, status: from as never }, data: { ...changes, status: to as never } }),
  ContestRound: (tx, id, from, to, changes) =>
    tx.contestRound.updateMany({ where: { id, status: from as never }, data: { ...changes, status: to as never } }),
};

export interface TransitionRecord<S extends string> {
  id: number;
  /** The status as loaded through the actor's scope (for a PlanItem: its review). */
  status: S;
  /** The province the audit row belongs to (the đề án's for records without their own). */
  provinceId: number | null;
}

export interface TransitionOptions<M extends StatefulModel> {
  reason?: string | null;
  data?: Prisma.InputJsonValue;
  /** Further columns set in the same guarded update. */
  changes?: TransitionChanges[M];
}

/**
 * The only way a status changes after creation, for every lifecycle: checks the lifecycle table
 * (permission, from-state, reason), updates only if the record is still in the status it was
 * loaded in (`updateMany` with the status in WHERE — someone else's change first makes this fail
 * as stale instead of being overwritten), and writes the audit row, all in the caller's
 * transaction.
 *
 *   await transition(tx, actor, PROJECT_LIFECYCLE, project, 'approve', { changes: { approvedSupportVnd } });
 */
export async function transition<S extends string, E extends string, M extends StatefulModel>(
  tx: Tx,
  actor: Actor,
  lifecycle: Lifecycle<S, E, M>,
  record: TransitionRecord<S>,
  event: E,
  options: TransitionOptions<M> = {},
): Promise<S> {
  let to: S;
  try {
    to = assertTransition(lifecycle, event, actor, record.status, options.reason).to;
  } catch (error) {
    if (error instanceof TransitionError) {
      const reasonMissing = error.code === 'REASON_REQUIRED';
      throw new AppError(reasonMissing ? 'VALIDATION' : error.code, error.message, reasonMissing ? { reason: error.message } : undefined);
    }
    throw error;
  }
  const { count } = await WRITE[lifecycle.model](tx, record.id, record.status, to, options.changes ?? {});
  if (count !== 1) throw staleError();
  await recordAudit(tx, actor, {
    entityType: lifecycle.model,
    entityId: record.id,
    provinceId: record.provinceId,
    event,
    fromStatus: record.status,
    toStatus: to,
    reason: options.reason,
    data: options.data,
  });
  return to;
}
