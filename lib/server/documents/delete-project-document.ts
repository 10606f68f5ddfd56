import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { recordAudit } from '../audit';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError } from '../errors';
import { assertDossierEditable, getProjectForWriteOrThrow } from '../projects/load-project';
import { retireStoredFile } from '../storage';

/**
 * Removes a dossier document of a draft đề án. Once submitted, documents are part of the record.
 * After the row is gone the file leaves the serving folder (kept aside, its hash in the audit row).
 */
export async function deleteProjectDocument(actor: Actor, documentId: number): Promise<void> {
  assertCan(actor, 'project:edit');
  const storageKey = await db.$transaction(async (tx) => {
    const document = await tx.document.findUnique({ where: { id: documentId }, include: { decision: { select: { id: true } }, contract: { select: { id: true } } } });
    if (!document?.projectId) throw new AppError('NOT_FOUND', 'Không tìm thấy tài liệu.');
    const project = await getProjectForWriteOrThrow(tx, actor, document.projectId);
    assertDossierEditable(project);
    if (document.acceptanceId || document.decision || document.contract) throw new AppError('ILLEGAL_TRANSITION', 'Tài liệu gắn với quyết định, hợp đồng hoặc nghiệm thu không xoá được.');
    await tx.document.delete({ where: { id: document.id } });
    await recordAudit(tx, actor, {
      entityType: 'Project',
      entityId: project.id,
      provinceId: project.provinceId,
      event: 'deleteDocument',
      data: { documentId: document.id, kind: document.kind, fileName: document.fileName, sha256: document.sha256 },
    });
    return document.storageKey;
  });
  await retireStoredFile(storageKey);
}
