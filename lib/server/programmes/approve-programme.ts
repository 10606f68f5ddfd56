import 'server-only';
import { PROGRAMME_LIFECYCLE } from '@/lib/domain/lifecycle/programme';
import type { Actor } from '@/lib/domain/roles';
import type { DecisionInput } from '@/lib/schemas/decision';
import { assertCan } from '../authz';
import { db } from '../db';
import { recordDecision } from '../decisions/record-decision';
import { AppError } from '../errors';
import { transition } from '../lifecycle/transition';
import { discardStoredFile, storeUpload } from '../storage';
import { getProgrammeInScopeOrThrow } from './get-programme';

/**
 * Records the UBND decision approving a draft programme (with its scanned file when given) and
 * moves the programme to APPROVED. From then on every change of its targets is an amendment.
 */
export async function approveProgramme(actor: Actor, input: { programmeId: number; decision: DecisionInput; file?: File }) {
  assertCan(actor, 'programme:approve');
  const found = await getProgrammeInScopeOrThrow(db, actor, input.programmeId);
  if ((await db.programmeTarget.count({ where: { programmeId: found.id } })) === 0) {
    throw new AppError('VALIDATION', 'Chương trình chưa có chỉ tiêu nào: hãy nhập phụ lục chỉ tiêu trước khi phê duyệt.');
  }
  const stored = input.file ? await storeUpload(input.file, 'file', actor.id) : null;
  try {
    return await db.$transaction(async (tx) => {
      const programme = await getProgrammeInScopeOrThrow(tx, actor, input.programmeId);
      const document = stored
        ? await tx.document.create({
            data: { provinceId: programme.provinceId, kind: 'QUYET_DINH', title: `Quyết định ${input.decision.number}`, uploadedById: actor.id, ...stored },
          })
        : null;
      const decision = await recordDecision(tx, actor, programme.provinceId, 'PROGRAMME_APPROVAL', input.decision, document?.id);
      await transition(tx, actor, PROGRAMME_LIFECYCLE, programme, 'approve', {
        data: { decisionId: decision.id, decisionNumber: decision.number },
        changes: { decisionId: decision.id },
      });
      return decision;
    });
  } catch (error) {
    if (stored) await discardStoredFile(stored.storageKey, stored.previewKey);
    throw error;
  }
}
