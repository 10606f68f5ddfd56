import 'server-only';
import { YEARLY_SETTLEMENT_LIFECYCLE } from '@/lib/domain/lifecycle/settlement';
import type { Actor } from '@/lib/domain/roles';
import type { DecisionInput } from '@/lib/schemas/decision';
import type { ProgrammeLevel } from '@/prisma/generated/client/enums';
import { assertCan } from '../authz';
import { now } from '../clock';
import { db } from '../db';
import { recordDecision } from '../decisions/record-decision';
import { AppError } from '../errors';
import { transition } from '../lifecycle/transition';
import { loadYearlySettlement } from './find-yearly-settlement';

/**
 * Sở Tài chính phê duyệt quyết toán năm: the totals are recomputed from the đề án's positions in the
 * approving transaction and frozen on the YearlySettlement row with the decision.
 */
export async function approveYearlySettlement(actor: Actor, input: { year: number; fundingLevel: ProgrammeLevel; decision: DecisionInput }) {
  assertCan(actor, 'settlement:approve');
  if (actor.role !== 'STC_OFFICER') throw new AppError('FORBIDDEN', 'Quyết toán năm theo nguồn do Sở Tài chính phê duyệt.');
  return db.$transaction(async (tx) => {
    // One approval per province, year and source even under a double click: the unique key queues them.
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`yearly-settlement:${actor.provinceId}:${input.year}:${input.fundingLevel}`}))::text AS locked`;
    const { provinceId, rows, totals, record } = await loadYearlySettlement(tx, actor, input.year, input.fundingLevel);
    if (rows.length === 0) throw new AppError('VALIDATION', `Không có đề án ${input.fundingLevel === 'KCQG' ? 'KCQG' : 'KCĐP'} nào của năm ${input.year}.`);
    const figures = { projectCount: totals.projectCount, approvedVnd: totals.approvedVnd, disbursedVnd: totals.disbursedVnd, refundedVnd: totals.refundedVnd, openAdvanceVnd: totals.openAdvanceVnd, lapsingVnd: totals.lapsingVnd };
    const row = record ?? (await tx.yearlySettlement.create({ data: { provinceId, year: input.year, fundingLevel: input.fundingLevel, createdById: actor.id, ...figures } }));
    const decision = await recordDecision(tx, actor, provinceId, 'YEARLY_SETTLEMENT', input.decision);
    await transition(tx, actor, YEARLY_SETTLEMENT_LIFECYCLE, { id: row.id, status: row.status, provinceId }, 'approve', {
      data: { year: input.year, fundingLevel: input.fundingLevel, decisionId: decision.id, approvedVnd: totals.approvedVnd.toString(), disbursedVnd: totals.disbursedVnd.toString() },
      changes: { ...figures, decisionId: decision.id, approvedById: actor.id, approvedAt: now() },
    });
    return { id: row.id, totals };
  });
}
