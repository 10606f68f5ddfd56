import 'server-only';
import type { Programme } from '@/prisma/generated/client/client';
import { issueText, validateAppendix, withCanonicalUnits } from '@/lib/domain/programme-appendix-rules';
import { diffAppendix, type AppendixChange } from '@/lib/domain/programme-diff';
import { changeIsAmendment, PROGRAMME_EDITABLE_STATES, PROGRAMME_LIFECYCLE } from '@/lib/domain/lifecycle/programme';
import { periodYears } from '@/lib/domain/programme-targets';
import type { Actor } from '@/lib/domain/roles';
import type { DecisionInput } from '@/lib/schemas/decision';
import { recordAudit, toAuditJson } from '../audit';
import type { Tx } from '../db';
import { recordDecision } from '../decisions/record-decision';
import { AppError, staleError } from '../errors';
import { loadAppendix, plainAppendix, saveAppendix, type StoredAppendix } from './programme-appendix-store';

export interface AppendixChangeRequest {
  appendix: StoredAppendix;
  /** programme.updatedAt (ISO) as the person saw it; a save by someone else since then is refused. */
  version: string;
  reason?: string;
  decision?: DecisionInput;
  /** How the change came: the table editor, or an Excel file (its name and hash go to the audit row). */
  source: { kind: 'editor' } | { kind: 'import'; fileName: string; sha256: string };
}

const MAX_LISTED_ERRORS = 5;

/**
 * The one writer of a programme's targets, shared by the table editor and the Excel import, in the
 * caller's transaction. A draft's change writes an audit row; an approved programme's change needs
 * a reason, may cite a decision, and is kept as a ProgrammeAmendment with the table before and after.
 */
export async function applyAppendixChange(tx: Tx, actor: Actor, programme: Programme, request: AppendixChangeRequest): Promise<AppendixChange[]> {
  if (!PROGRAMME_EDITABLE_STATES.includes(programme.status)) {
    throw new AppError(
      'ILLEGAL_TRANSITION',
      `Chương trình đang ở trạng thái "${PROGRAMME_LIFECYCLE.statusLabels[programme.status]}", không sửa chỉ tiêu được.`,
    );
  }
  const years = periodYears(programme.startYear, programme.endYear);
  if (request.appendix.years.join() !== years.join()) {
    throw new AppError('VALIDATION', `Bảng chỉ tiêu phải có đúng các năm ${years[0]}–${years.at(-1)} của chương trình.`);
  }
  const errors = validateAppendix(request.appendix).filter((i) => i.severity === 'error');
  if (errors.length) {
    const listed = errors.slice(0, MAX_LISTED_ERRORS).map(issueText).join('; ');
    const more = errors.length > MAX_LISTED_ERRORS ? ` (và ${errors.length - MAX_LISTED_ERRORS} lỗi khác)` : '';
    throw new AppError('VALIDATION', `Bảng chỉ tiêu còn ${errors.length} lỗi: ${listed}${more}.`);
  }
  const amendment = changeIsAmendment(programme.status);
  const reason = request.reason?.trim();
  if (amendment && !reason) {
    throw new AppError('VALIDATION', 'Chương trình đã phê duyệt: cần nhập lý do điều chỉnh.', { reason: 'Nhập lý do điều chỉnh' });
  }

  const canonical = withCanonicalUnits(request.appendix);
  const next: StoredAppendix = {
    years,
    groups: canonical.groups.map((g, gi) => ({
      ...g,
      items: g.items.map((item, ii) => ({ ...item, id: request.appendix.groups[gi]!.items[ii]!.id })),
    })),
  };
  const before = await loadAppendix(tx, programme.id, years);
  const changes = diffAppendix(plainAppendix(before), plainAppendix(next));
  if (changes.length === 0) throw new AppError('VALIDATION', 'Không có thay đổi nào so với bảng chỉ tiêu hiện tại.');

  const version = new Date(request.version);
  const { count } = await tx.programme.updateMany({
    where: { id: programme.id, status: programme.status, updatedAt: Number.isNaN(version.getTime()) ? new Date(0) : version },
    data: { updatedAt: new Date() },
  });
  if (count !== 1) throw staleError();
  await saveAppendix(tx, programme.id, next);

  const source = request.source.kind === 'import' ? { source: 'import', fileName: request.source.fileName, sha256: request.source.sha256 } : { source: 'editor' };
  const audit = { entityType: 'Programme', entityId: programme.id, provinceId: programme.provinceId };
  if (!amendment) {
    await recordAudit(tx, actor, { ...audit, event: 'edit-targets', data: toAuditJson({ ...source, changes }) });
    return changes;
  }
  const decision = request.decision ? await recordDecision(tx, actor, programme.provinceId, 'PROGRAMME_AMENDMENT', request.decision) : null;
  const row = await tx.programmeAmendment.create({
    data: {
      programmeId: programme.id,
      decisionId: decision?.id ?? null,
      summary: reason!,
      before: toAuditJson(plainAppendix(before)),
      after: toAuditJson(plainAppendix(next)),
      changedById: actor.id,
    },
  });
  await recordAudit(tx, actor, {
    ...audit,
    event: 'amend',
    reason,
    data: toAuditJson({ ...source, amendmentId: row.id, decisionNumber: decision?.number ?? null, changes }),
  });
  return changes;
}
