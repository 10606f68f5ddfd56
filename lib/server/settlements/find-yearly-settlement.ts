import 'server-only';
import { YEARLY_SETTLEMENT_FINAL_STATES } from '@/lib/domain/lifecycle/settlement';
import { can } from '@/lib/domain/permissions';
import type { Actor } from '@/lib/domain/roles';
import { projectScope } from '@/lib/domain/scope';
import { yearlyTotals } from '@/lib/domain/yearly-settlement';
import type { ProgrammeLevel } from '@/prisma/generated/client/enums';
import { assertCan } from '../authz';
import type { Db, Tx } from '../db';
import { db } from '../db';
import { findMoneyPositions } from '../payments/find-money-position';

/** Who reads the yearly settlement: Sở Tài chính and Sở Công Thương approve, the Trung tâm prepares. */
export function assertCanReadYearlySettlement(actor: Actor): void {
  assertCan(actor, 'settlement:read');
}

/** Every đề án of the province's year and source, with its money position, and the totals. */
export async function loadYearlySettlement(client: Db | Tx, actor: Actor, year: number, fundingLevel: ProgrammeLevel) {
  const provinceId = actor.provinceId ?? -1;
  const projects = await client.project.findMany({
    where: { AND: [projectScope(actor), { provinceId, year, fundingLevel, approvedSupportVnd: { not: null } }] },
    select: { id: true, code: true, name: true, status: true },
    orderBy: { code: 'asc' },
  });
  const positions = await findMoneyPositions(client, projects.map((p) => p.id));
  const rows = projects.map((p) => ({ ...p, position: positions.get(p.id)! }));
  const record = await client.yearlySettlement.findUnique({
    where: { provinceId_year_fundingLevel: { provinceId, year, fundingLevel } },
    include: { decision: { select: { number: true, issuedOn: true, signer: true } } },
  });
  return { provinceId, year, fundingLevel, rows, totals: yearlyTotals(rows), record };
}

export async function findYearlySettlement(actor: Actor, year: number, fundingLevel: ProgrammeLevel) {
  assertCanReadYearlySettlement(actor);
  const result = await loadYearlySettlement(db, actor, year, fundingLevel);
  return { ...result, canApprove: can(actor, 'settlement:approve') && actor.role === 'STC_OFFICER' && !(result.record && YEARLY_SETTLEMENT_FINAL_STATES.includes(result.record.status)) && result.rows.length > 0 };
}

export type YearlySettlementView = Awaited<ReturnType<typeof findYearlySettlement>>;
