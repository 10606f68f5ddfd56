import 'server-only';
import { ACCEPTANCE_PASSED_STATES } from '@/lib/domain/lifecycle/acceptance';
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
    select: { projectId: true, kind: true, status: true, amountVnd: true, advanceClearedVnd: true },
  });
  const refunds = await client.refund.findMany({ where, select: { projectId: true, amountVnd: true } });
  const settlements = await client.settlement.findMany({ where, select: { projectId: true, cancelledVnd: true } });
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
    const own = { contracts: contractsOf(p.id), acceptances: acceptancesOf(p.id) };
    result.set(
      p.id,
      computeMoneyPosition({
        approvedSupportVnd: p.approvedSupportVnd,
        contractedSupportVnd: own.contracts.length ? sumVnd(own.contracts.map((c) => c.supportVnd)) : null,
        acceptedValueVnd: acceptedValueOf(own.acceptances),
        stateSupportVnd: p.stateSupportVnd,
        totalCostVnd: p.totalCostVnd,
        requests: requestsOf(p.id),
        refundedVnd: sumVnd(refundsOf(p.id).map((r) => r.amountVnd)),
        cancelledVnd: sumVnd(settlementsOf(p.id).map((s) => s.cancelledVnd)),
      }),
    );
  }
  return result;
}

export async function findMoneyPosition(client: Db | Tx, projectId: number, options: { excludeRequestId?: number } = {}): Promise<MoneyPosition> {
  const position = (await findMoneyPositions(client, [projectId], options)).get(projectId);
  if (!position) throw new Error(`Project ${projectId} not found`);
  return position;
}
