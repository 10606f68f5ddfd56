import 'server-only';
import type { AppendixChange } from '@/lib/domain/programme-diff';
import { issueText } from '@/lib/domain/programme-appendix-rules';
import { periodYears } from '@/lib/domain/programme-targets';
import type { Actor } from '@/lib/domain/roles';
import type { DecisionInput } from '@/lib/schemas/decision';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError } from '../errors';
import { applyAppendixChange } from './apply-appendix-change';
import { getProgrammeInScopeOrThrow } from './get-programme';
import { readAppendixUpload } from './read-appendix-upload';

export interface AppendixImportInput {
  programmeId: number;
  file: File;
  /** Hash of the file the person saw in the preview. */
  sha256: string;
  version: string;
  reason?: string;
  decision?: DecisionInput;
}

/**
 * Replaces the programme's targets with a confirmed file, all rows in one transaction. The file is
 * read and checked again: only the very file previewed, with no blocking error, is written.
 */
export async function importProgrammeAppendix(actor: Actor, input: AppendixImportInput): Promise<AppendixChange[]> {
  assertCan(actor, 'programme:edit');
  const found = await getProgrammeInScopeOrThrow(db, actor, input.programmeId);
  const upload = await readAppendixUpload(input.file, periodYears(found.startYear, found.endYear));
  if (upload.sha256 !== input.sha256) {
    throw new AppError('VALIDATION', 'Tệp khác với tệp đã kiểm tra. Hãy kiểm tra lại tệp trước khi nhập.', { file: 'Tệp đã thay đổi' });
  }
  if (upload.errors > 0) {
    const first = upload.issues.find((i) => i.severity === 'error')!;
    throw new AppError('VALIDATION', `Tệp còn ${upload.errors} lỗi chặn, chưa nhập được. Lỗi đầu tiên — ${issueText(first)}.`, { file: 'Tệp còn lỗi' });
  }
  return db.$transaction(async (tx) => {
    const programme = await getProgrammeInScopeOrThrow(tx, actor, input.programmeId);
    return applyAppendixChange(tx, actor, programme, {
      appendix: upload.appendix,
      version: input.version,
      reason: input.reason,
      decision: input.decision,
      source: { kind: 'import', fileName: upload.fileName, sha256: upload.sha256 },
    });
  });
}
