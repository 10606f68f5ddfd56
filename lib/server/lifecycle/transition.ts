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

interface UpdateMany {
  updateMany(args: { where: object; data: object }): Promise<{ count: number }>;
}

// A record's "status" where its column is named otherwise: a proposal's and an acceptance
// document's is their review, a facility's its verification.
const STATUS_COLUMN: Partial<Record<StatefulModel, 'review' | 'verification'>> = { PlanItem: 'review', Document: 'review', Facility: 'verification' };

/**
 * The one place a status column is written after creation: the guarded update of the model's table
 * (Prisma's delegate, `ConsolidatedPlan` → `tx.consolidatedPlan`), moving its status column from →
 * to with the further changes, only while it is still `from`.
 */
function writeStatus(tx: Tx, model: StatefulModel, id: number, from: string, to: string, changes: object): Promise<{ count: number }> {
  const column = STATUS_COLUMN[model] ?? 'status';
  const delegate = `${model[0]!.toLowerCase()}${model.slice(1)}` as Uncapitalize<StatefulModel>;
  // Prisma types each table's arguments apart; the status values come from the lifecycle tables.
  return (tx[delegate] as unknown as UpdateMany).updateMany({ where: { id, [column]: from }, data: { ...changes, [column]: to } });
}

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
 *
 * `actor` null is the portal's own scheduled job, allowed only the table's `bySystem` events.
 */
export async function transition<S extends string, E extends string, M extends StatefulModel>(
  tx: Tx,
  actor: Actor | null,
  lifecycle: Lifecycle<S, E, M>,
  record: TransitionRecord<S>,
  event: E,
  options: TransitionOptions<M> = {},
): Promise<S> {
  let to: S;
  try {
    to = assertTransition(lifecycle, event, actor, record.status, options.reason).to;
  } catch (error) {
    // Stryker disable next-line ConditionalExpression: assertTransition throws nothing but TransitionError; the check guards a future change
    if (error instanceof TransitionError) {
      const reasonMissing = error.code === 'REASON_REQUIRED';
      throw new AppError(reasonMissing ? 'VALIDATION' : error.code, error.message, reasonMissing ? { reason: error.message } : undefined);
    }
    throw error;
  }
  const { count } = await writeStatus(tx, lifecycle.model, record.id, record.status, to, options.changes ?? {});
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
