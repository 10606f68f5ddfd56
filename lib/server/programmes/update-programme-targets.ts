import 'server-only';
import type { AppendixChange } from '@/lib/domain/programme-diff';
import { periodYears } from '@/lib/domain/programme-targets';
import type { Actor } from '@/lib/domain/roles';
import type { TargetsEditInput } from '@/lib/schemas/programme';
import { assertCan } from '../authz';
import { db } from '../db';
import { applyAppendixChange } from './apply-appendix-change';
import { getProgrammeInScopeOrThrow } from './get-programme';

/** Saves the targets table as edited in place: all rows in one transaction, or nothing. */
export async function updateProgrammeTargets(actor: Actor, input: TargetsEditInput): Promise<AppendixChange[]> {
  assertCan(actor, 'programme:edit');
  return db.$transaction(async (tx) => {
    const programme = await getProgrammeInScopeOrThrow(tx, actor, input.programmeId);
    return applyAppendixChange(tx, actor, programme, {
      appendix: { years: periodYears(programme.startYear, programme.endYear), groups: input.groups },
      version: input.version,
      reason: input.reason,
      decision: input.decision,
      source: { kind: 'editor' },
    });
  });
}
