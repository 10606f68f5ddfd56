import 'server-only';
import type { DecisionKind } from '@/prisma/generated/client/enums';
import type { Actor } from '@/lib/domain/roles';
import type { DecisionInput } from '@/lib/schemas/decision';
import { recordAudit } from '../audit';
import { decisionDateProblems } from '@/lib/domain/date-rules';
import { assertDates, today } from '../dates';
import type { Tx } from '../db';
import { AppError } from '../errors';

/**
 * Records a quyết định in the register, inside the caller's transaction. The caller links it to
 * what it decided (programme, plan, đề án, amendment, acceptance, settlement).
 */
export async function recordDecision(
  tx: Tx,
  actor: Actor,
  provinceId: number,
  kind: DecisionKind,
  input: DecisionInput,
  documentId?: number | null,
) {
  assertDates(decisionDateProblems(input.issuedOn, today()));
  const duplicate = await tx.decision.findFirst({ where: { provinceId, number: input.number, issuedOn: input.issuedOn } });
  if (duplicate) {
    throw new AppError('CONFLICT', `Quyết định số ${input.number} ngày này đã được ghi nhận trước đó.`, { number: 'Số quyết định đã tồn tại' });
  }
  const decision = await tx.decision.create({
    data: {
      provinceId,
      kind,
      number: input.number,
      issuedOn: input.issuedOn,
      issuer: input.issuer,
      signer: input.signer,
      signerTitle: input.signerTitle || null,
      legalBasis: input.legalBasis || null,
      summary: input.summary,
      documentId: documentId ?? null,
      recordedById: actor.id,
    },
  });
  await recordAudit(tx, actor, { entityType: 'Decision', entityId: decision.id, provinceId, event: 'record', data: { kind, number: input.number } });
  return decision;
}
