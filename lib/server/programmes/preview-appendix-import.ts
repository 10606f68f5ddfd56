import 'server-only';
import { diffAppendix } from '@/lib/domain/programme-diff';
import { periodYears } from '@/lib/domain/programme-targets';
import type { Actor } from '@/lib/domain/roles';
import { assertCan } from '../authz';
import { db } from '../db';
import { getProgrammeInScopeOrThrow } from './get-programme';
import { loadAppendix, plainAppendix } from './programme-appendix-store';
import { readAppendixUpload } from './read-appendix-upload';

/**
 * Checks an appendix file and says what importing it would do — every row with its problems, and
 * what would change in the current table. Writes nothing.
 */
export async function previewAppendixImport(actor: Actor, input: { programmeId: number; file: File }) {
  assertCan(actor, 'programme:edit');
  const programme = await getProgrammeInScopeOrThrow(db, actor, input.programmeId);
  const years = periodYears(programme.startYear, programme.endYear);
  const upload = await readAppendixUpload(input.file, years);
  const current = plainAppendix(await loadAppendix(db, programme.id, years));
  return {
    fileName: upload.fileName,
    sheetName: upload.sheetName,
    sha256: upload.sha256,
    version: programme.updatedAt.toISOString(),
    programmeStatus: programme.status,
    years,
    rows: upload.rows,
    issues: upload.issues,
    errors: upload.errors,
    warnings: upload.warnings,
    changes: upload.errors === 0 ? diffAppendix(current, upload.appendix) : [],
  };
}

export type AppendixPreview = Awaited<ReturnType<typeof previewAppendixImport>>;
