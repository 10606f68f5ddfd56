import 'server-only';
import { DOCUMENT_REVIEW_LIFECYCLE, DOCUMENT_SERVED_STATES } from '@/lib/domain/lifecycle/document';
import type { Actor } from '@/lib/domain/roles';
import { auditSubject, recordAudit } from '../audit';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError } from '../errors';
import { transition } from '../lifecycle/transition';
import { assertDossierEditable, getProjectForWriteOrThrow } from '../projects/load-project';
import { retireStoredFile } from '../storage';

/**
 * Removes a dossier document of a draft đề án. Once submitted, documents are part of the record.
 * Nothing is deleted: the row is withdrawn (kept, never served, left out of the checklist) and the
 * file leaves the serving place (kept aside, its hash in the audit row).
 */
export async function deleteProjectDocument(actor: Actor, documentId: number): Promise<void> {
  assertCan(actor, 'project:edit');
  const storageKey = await db.$transaction(async (tx) => {
    const document = await tx.document.findUnique({ where: { id: documentId }, include: { decision: { select: { id: true } }, contract: { select: { id: true } } } });
    if (!document?.projectId || !DOCUMENT_SERVED_STATES.includes(document.review)) throw new AppError('NOT_FOUND', 'Không tìm thấy tài liệu.');
    const project = await getProjectForWriteOrThrow(tx, actor, document.projectId);
    assertDossierEditable(project);
    if (document.acceptanceId || document.decision || document.contract) throw new AppError('ILLEGAL_TRANSITION', 'Tài liệu gắn với quyết định, hợp đồng hoặc nghiệm thu không xoá được.');
    await transition(tx, actor, DOCUMENT_REVIEW_LIFECYCLE, { id: document.id, status: document.review, provinceId: project.provinceId }, 'remove', {
      data: { projectId: project.id, fileName: document.fileName, sha256: document.sha256 },
    });
    await recordAudit(tx, actor, {
      ...auditSubject('Project', project),
      event: 'deleteDocument',
      data: { documentId: document.id, kind: document.kind, fileName: document.fileName, sha256: document.sha256 },
    });
    return document.storageKey;
  });
  await retireStoredFile(storageKey);
}
