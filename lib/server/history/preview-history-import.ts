import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError } from '../errors';
import { readHistoryUpload } from './read-history-upload';

/** The province whose history this actor keeps; national users have none. */
export function historyProvinceOf(actor: Actor): number {
  if (actor.provinceId === null) throw new AppError('FORBIDDEN', 'Chỉ cán bộ của tỉnh mới nhập được dữ liệu lịch sử của tỉnh.');
  return actor.provinceId;
}

/** Checks a history file and says what importing it would add — every row with its problems. Writes nothing. */
export async function previewHistoryImport(actor: Actor, input: { file: File }) {
  assertCan(actor, 'programme:edit');
  const upload = await readHistoryUpload(db, historyProvinceOf(actor), input.file);
  return {
    fileName: upload.fileName,
    sha256: upload.sha256,
    issues: upload.issues,
    errors: upload.errors,
    warnings: upload.warnings,
    counts: { projects: upload.projects.length, aggregates: upload.aggregates.length, plans: upload.plans.length },
  };
}

export type HistoryPreview = Awaited<ReturnType<typeof previewHistoryImport>>;
