import 'server-only';
import { DOCUMENT_KIND_LABELS, isDocumentKind } from '@/lib/domain/documents';
import { ACCEPTANCE_LIFECYCLE, canAttachAcceptanceDocument } from '@/lib/domain/lifecycle/acceptance';
import { canFire } from '@/lib/domain/lifecycle/machine';
import { canAttachDossierDocument, canAttachProjectDocument } from '@/lib/domain/lifecycle/project';
import { can } from '@/lib/domain/permissions';
import { parseChecklist } from '@/lib/domain/project-documents';
import type { Actor } from '@/lib/domain/roles';
import type { DocumentUploadInput } from '@/lib/schemas/project';
import { recordAudit } from '../audit';
import { db, type Db, type Tx } from '../db';
import { AppError, forbiddenError } from '../errors';
import { transition } from '../lifecycle/transition';
import { getProjectForWriteOrThrow, type ProjectForWrite } from '../projects/load-project';
import { discardStoredFile, storeUpload } from '../storage';

/** Dossier documents (the category's dossier checklist) change only with the dossier, in DRAFT. */
function assertMayAttachToProject(actor: Actor, project: ProjectForWrite, kind: string): void {
  if (!can(actor, 'project:edit')) throw forbiddenError();
  if (!canAttachProjectDocument(actor, project.status)) {
    throw new AppError('ILLEGAL_TRANSITION', 'Đề án đã kết thúc: không bổ sung tài liệu.');
  }
  const dossierKinds = parseChecklist(project.contentCategory.dossierChecklist);
  if (dossierKinds.includes(kind) && !canAttachDossierDocument(actor, project.status)) {
    throw new AppError('ILLEGAL_TRANSITION', `"${DOCUMENT_KIND_LABELS[kind as keyof typeof DOCUMENT_KIND_LABELS]}" thuộc hồ sơ đề án: chỉ bổ sung khi đề án ở trạng thái Dự thảo.`);
  }
}

/**
 * The beneficiary uploads only to the acceptance of its own facility's đề án (projectScope already
 * limits it to its đề án; a per-facility acceptance of a group đề án must be its own facility's).
 */
async function acceptanceFor(tx: Db | Tx, actor: Actor, project: ProjectForWrite, acceptanceId: number) {
  const manages = can(actor, 'acceptance:manage');
  if (!manages && !can(actor, 'acceptance:upload-dossier')) throw forbiddenError();
  const acceptance = await tx.acceptance.findFirst({ where: { id: acceptanceId, projectId: project.id } });
  if (!acceptance) throw new AppError('NOT_FOUND', 'Không tìm thấy đợt nghiệm thu.');
  if (!manages && acceptance.facilityId !== null && acceptance.facilityId !== actor.facilityId) {
    throw forbiddenError('Đợt nghiệm thu này của cơ sở khác.');
  }
  if (!canAttachAcceptanceDocument(actor, project.status, acceptance.status)) {
    throw new AppError('ILLEGAL_TRANSITION', 'Đợt nghiệm thu đã kết thúc hoặc đề án không ở bước nghiệm thu.');
  }
  return { acceptance, byBeneficiary: !manages };
}

/** Every check of an upload: run before the file touches the disk, and again in the writing transaction. */
async function authorizeUpload(tx: Db | Tx, actor: Actor, input: DocumentUploadInput) {
  const project = await getProjectForWriteOrThrow(tx, actor, input.projectId);
  if (input.acceptanceId === null) {
    assertMayAttachToProject(actor, project, input.kind);
    return { project, acceptance: null, byBeneficiary: false };
  }
  return { project, ...(await acceptanceFor(tx, actor, project, input.acceptanceId)) };
}

/** Stores the file, then writes the Document row in one transaction; a failed write removes the file. */
export async function uploadProjectDocument(actor: Actor, input: DocumentUploadInput): Promise<{ id: number }> {
  if (!can(actor, 'project:edit') && !can(actor, 'acceptance:manage') && !can(actor, 'acceptance:upload-dossier')) throw forbiddenError();
  if (!isDocumentKind(input.kind)) throw new AppError('VALIDATION', 'Loại tài liệu không hợp lệ.', { kind: 'Chọn loại tài liệu' });
  await authorizeUpload(db, actor, input);
  const stored = await storeUpload(input.file);
  try {
    return await db.$transaction(async (tx) => {
      const { project, acceptance, byBeneficiary } = await authorizeUpload(tx, actor, input);
      if (acceptance && byBeneficiary && canFire(ACCEPTANCE_LIFECYCLE, 'submitDossier', actor, acceptance.status)) {
        await transition(tx, actor, ACCEPTANCE_LIFECYCLE, { ...acceptance, provinceId: project.provinceId }, 'submitDossier', { data: { projectId: project.id } });
      }
      const acceptanceId = acceptance?.id ?? null;
      const document = await tx.document.create({
        data: {
          provinceId: project.provinceId,
          kind: input.kind,
          title: input.title ?? DOCUMENT_KIND_LABELS[input.kind as keyof typeof DOCUMENT_KIND_LABELS],
          ...stored,
          projectId: project.id,
          acceptanceId,
          uploadedById: actor.id,
        },
        select: { id: true },
      });
      await recordAudit(tx, actor, {
        entityType: 'Project',
        entityId: project.id,
        provinceId: project.provinceId,
        event: acceptanceId ? 'uploadAcceptanceDocument' : 'uploadDocument',
        data: { documentId: document.id, kind: input.kind, fileName: stored.fileName, sha256: stored.sha256 },
      });
      return document;
    });
  } catch (error) {
    await discardStoredFile(stored.storageKey);
    throw error;
  }
}
