import 'server-only';
import { historyIssueText } from '@/lib/domain/history-import';
import type { Actor } from '@/lib/domain/roles';
import { recordAudit } from '../audit';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError } from '../errors';
import { historyProvinceOf } from './preview-history-import';
import { readHistoryUpload } from './read-history-upload';

/**
 * Imports a confirmed history file: every row of the three sheets in one transaction, or nothing.
 * The file is read and checked again inside the transaction; only the very file previewed, with no
 * blocking error, is written. The rows are historical: no lifecycle, no status, never edited live.
 */
export async function importHistory(actor: Actor, input: { file: File; sha256: string }) {
  assertCan(actor, 'programme:edit');
  const provinceId = historyProvinceOf(actor);
  return db.$transaction(async (tx) => {
    const upload = await readHistoryUpload(tx, provinceId, input.file);
    if (upload.sha256 !== input.sha256) {
      throw new AppError('VALIDATION', 'Tệp khác với tệp đã kiểm tra. Hãy kiểm tra lại tệp trước khi nhập.', { file: 'Tệp đã thay đổi' });
    }
    if (upload.errors > 0) {
      const first = upload.issues.find((i) => i.severity === 'error')!;
      throw new AppError('VALIDATION', `Tệp còn ${upload.errors} lỗi, chưa nhập được. Lỗi đầu tiên — ${historyIssueText(first)}.`, { file: 'Tệp còn lỗi' });
    }
    const batch = await tx.historicalImport.create({ data: { provinceId, fileName: upload.fileName, sha256: upload.sha256, importedById: actor.id } });
    const common = { provinceId, importId: batch.id };
    await tx.historicalProject.createMany({ data: upload.projects.map((p) => ({ ...common, ...p })) });
    await tx.historicalAggregate.createMany({ data: upload.aggregates.map((a) => ({ ...common, ...a })) });
    await tx.historicalPlanTotal.createMany({ data: upload.plans.map((p) => ({ ...common, ...p })) });
    const counts = { projects: upload.projects.length, aggregates: upload.aggregates.length, plans: upload.plans.length };
    await recordAudit(tx, actor, { entityType: 'HistoricalImport', entityId: batch.id, event: 'import', provinceId, data: { fileName: upload.fileName, sha256: upload.sha256, ...counts } });
    return { importId: batch.id, ...counts };
  });
}
