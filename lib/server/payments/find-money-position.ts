import 'server-only';
import { ACCEPTANCE_PASSED_STATES, type AcceptanceStatus } from '@/lib/domain/lifecycle/acceptance';
import { computeMoneyPosition, type MoneyPosition } from '@/lib/domain/money-position';
import { sumVnd } from '@/lib/domain/money';
import type { Prisma } from '@/prisma/generated/client/client';
import type { Db, Tx } from '../db';

/** The position's accepted value: the sum of the passed acceptances; null before any has passed. */
export function acceptedValueOf(passed: readonly { acceptedValueVnd: bigint | null }[]): bigint | null {
  return passed.length ? sumVnd(passed.map((a) => a.acceptedValueVnd)) : null;
}

/** Selects the passed acceptances of a đề án, as the money position counts them. */
export const PASSED_ACCEPTANCES = {
  where: { status: { in: [...ACCEPTANCE_PASSED_STATES] } },
  select: { acceptedValueVnd: true },
} satisfies { where: Prisma.AcceptanceWhereInput; select: Prisma.AcceptanceSelect };

/** What a request, a refund and a settlement add to the position (the columns it reads of each). */
const REQUEST_PARTS = { projectId: true, kind: true, status: true, amountVnd: true, advanceClearedVnd: true } satisfies Prisma.PaymentRequestSelect;
const REFUND_PARTS = { projectId: true, amountVnd: true } satisfies Prisma.RefundSelect;
const SETTLEMENT_PARTS = { projectId: true, cancelledVnd: true } satisfies Prisma.SettlementSelect;

type PositionProject = { approvedSupportVnd: bigint | null; stateSupportVnd: bigint; totalCostVnd: bigint };
type PositionRows = {
  contracts: readonly { supportVnd: bigint }[];
  /** The passed acceptances only. */
  passedAcceptances: readonly { acceptedValueVnd: bigint | null }[];
  requests: readonly Prisma.PaymentRequestGetPayload<{ select: typeof REQUEST_PARTS }>[];
  refunds: readonly { amountVnd: bigint }[];
  settlements: readonly { cancelledVnd: bigint }[];
};

/** The one assembly of a position's input from a đề án's rows. */
function positionFrom(project: PositionProject, rows: PositionRows): MoneyPosition {
  return computeMoneyPosition({
    approvedSupportVnd: project.approvedSupportVnd,
    contractedSupportVnd: rows.contracts.length ? sumVnd(rows.contracts.map((c) => c.supportVnd)) : null,
    acceptedValueVnd: acceptedValueOf(rows.passedAcceptances),
    stateSupportVnd: project.stateSupportVnd,
    totalCostVnd: project.totalCostVnd,
    requests: rows.requests,
    refundedVnd: sumVnd(rows.refunds.map((r) => r.amountVnd)),
    cancelledVnd: sumVnd(rows.settlements.map((s) => s.cancelledVnd)),
  });
}

/**
 * The money position of each đề án (lib/domain/money-position.ts), loaded in a fixed number of
 * queries whatever the number of đề án. The only place that gathers what the position is made of:
 * contracts, passed acceptances, requests, refunds and the settlement's cancelled amount.
 */
export async function findMoneyPositions(client: Db | Tx, projectIds: readonly number[], options: { excludeRequestId?: number } = {}): Promise<Map<number, MoneyPosition>> {
  const ids = [...new Set(projectIds)];
  const result = new Map<number, MoneyPosition>();
  // Stryker disable next-line ConditionalExpression: with no id every query below finds nothing anyway; the return only saves them
  if (ids.length === 0) return result;
  // Stryker disable next-line ObjectLiteral: reading every đề án's rows gives the same positions (grouped by đề án below), only slower
  const where = { projectId: { in: ids } };
  // Sequential on purpose: inside a transaction one connection runs one query at a time.
  const projects = await client.project.findMany({ where: { id: { in: ids } }, select: { id: true, approvedSupportVnd: true, stateSupportVnd: true, totalCostVnd: true } });
  const contracts = await client.contract.findMany({ where, select: { projectId: true, supportVnd: true } });
  const acceptances = await client.acceptance.findMany({ where: { ...where, ...PASSED_ACCEPTANCES.where }, select: { projectId: true, ...PASSED_ACCEPTANCES.select } });
  const requests = await client.paymentRequest.findMany({
    where: { ...where, ...(options.excludeRequestId ? { id: { not: options.excludeRequestId } } : {}) },
    select: REQUEST_PARTS,
  });
  const refunds = await client.refund.findMany({ where, select: REFUND_PARTS });
  const settlements = await client.settlement.findMany({ where, select: SETTLEMENT_PARTS });
  // Grouped once (a filter per đề án was quadratic: seconds of CPU for a province's thousands).
  const byProject = <T extends { projectId: number }>(rows: T[]) => {
    const groups = new Map<number, T[]>();
    for (const row of rows) {
      const group = groups.get(row.projectId);
      if (group) group.push(row);
      else groups.set(row.projectId, [row]);
    }
    return (id: number) => groups.get(id) ?? [];
  };
  const contractsOf = byProject(contracts);
  const acceptancesOf = byProject(acceptances);
  const requestsOf = byProject(requests);
  const refundsOf = byProject(refunds);
  const settlementsOf = byProject(settlements);
  for (const p of projects) {
    result.set(p.id, positionFrom(p, { contracts: contractsOf(p.id), passedAcceptances: acceptancesOf(p.id), requests: requestsOf(p.id), refunds: refundsOf(p.id), settlements: settlementsOf(p.id) }));
  }
  return result;
}

/**
 * The position of a đề án whose row, contracts and acceptances the caller has loaded already (the
 * đề án page): only its requests, refunds and settlement are read, side by side — outside a
 * transaction only. `acceptances` are all of them; the passed ones count, as above.
 */
export async function findMoneyPositionOfLoaded(
  client: Db,
  project: PositionProject & { id: number; contracts: readonly { supportVnd: bigint }[]; acceptances: readonly { status: AcceptanceStatus; acceptedValueVnd: bigint | null }[] },
): Promise<MoneyPosition> {
  const where = { projectId: project.id };
  const [requests, refunds, settlements] = await Promise.all([
    client.paymentRequest.findMany({ where, select: REQUEST_PARTS }),
    client.refund.findMany({ where, select: REFUND_PARTS }),
    client.settlement.findMany({ where, select: SETTLEMENT_PARTS }),
  ]);
  const passedAcceptances = project.acceptances.filter((a) => ACCEPTANCE_PASSED_STATES.includes(a.status));
  return positionFrom(project, { contracts: project.contracts, passedAcceptances, requests, refunds, settlements });
}

export async function findMoneyPosition(client: Db | Tx, projectId: number, options: { excludeRequestId?: number } = {}): Promise<MoneyPosition> {
  const position = (await findMoneyPositions(client, [projectId], options)).get(projectId);
  if (!position) throw new Error(`Project ${projectId} not found`);
  return position;
}
