import 'server-only';
import { DOCUMENT_KIND_LABELS, isDocumentKind } from '@/lib/domain/documents';
import { canAttachAcceptanceDocument } from '@/lib/domain/lifecycle/acceptance';
import { DOCUMENT_CHANGEABLE_STATES, DOCUMENT_REVIEW_LIFECYCLE } from '@/lib/domain/lifecycle/document';
import { canAttachDossierDocument, canAttachProjectDocument } from '@/lib/domain/lifecycle/project';
import { can } from '@/lib/domain/permissions';
import { parseChecklist } from '@/lib/domain/project-documents';
import type { Actor } from '@/lib/domain/roles';
import type { DocumentUploadInput } from '@/lib/schemas/project';
import { auditSubject, recordAudit } from '../audit';
import { db, type Db, type Tx } from '../db';
import { AppError, forbiddenError } from '../errors';
import { transition } from '../lifecycle/transition';
import { getProjectForWriteOrThrow, type ProjectForWrite } from '../projects/load-project';
import { withStoredUpload } from '../storage';

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
  return { acceptance };
}

/** The earlier version a new file replaces: a changeable document of the same round. */
async function replacedDocument(tx: Db | Tx, acceptanceId: number | null, replacesId: number | null) {
  if (replacesId === null) return null;
  const previous = acceptanceId === null ? null : await tx.document.findFirst({ where: { id: replacesId, acceptanceId } });
  if (!previous) throw new AppError('NOT_FOUND', 'Không tìm thấy tài liệu cần thay thế.');
  if (!DOCUMENT_CHANGEABLE_STATES.includes(previous.review)) {
    throw new AppError('ILLEGAL_TRANSITION', `Tài liệu "${previous.title}" đang ở trạng thái "${DOCUMENT_REVIEW_LIFECYCLE.statusLabels[previous.review]}": không thay thế được.`);
  }
  return previous;
}

/** Every check of an upload: run before the file touches the disk, and again in the writing transaction. */
async function authorizeUpload(tx: Db | Tx, actor: Actor, input: DocumentUploadInput) {
  const project = await getProjectForWriteOrThrow(tx, actor, input.projectId);
  if (input.acceptanceId === null) {
    if (input.replacesId !== null) throw new AppError('VALIDATION', 'Chỉ thay thế được tài liệu của hồ sơ nghiệm thu.');
    assertMayAttachToProject(actor, project, input.kind);
    return { project, acceptance: null, previous: null };
  }
  const round = await acceptanceFor(tx, actor, project, input.acceptanceId);
  return { project, ...round, previous: await replacedDocument(tx, input.acceptanceId, input.replacesId) };
}

/**
 * Stores the file, then writes the Document row in one transaction; a failed write removes the file.
 * An upload never hands the acceptance dossier in (that is the explicit "Nộp hồ sơ",
 * hand-in-dossier.ts); a replacement supersedes the earlier version, which is kept.
 */
export async function uploadProjectDocument(actor: Actor, input: DocumentUploadInput): Promise<{ id: number }> {
  if (!can(actor, 'project:edit') && !can(actor, 'acceptance:manage') && !can(actor, 'acceptance:upload-dossier')) throw forbiddenError();
  if (!isDocumentKind(input.kind)) throw new AppError('VALIDATION', 'Loại tài liệu không hợp lệ.', { kind: 'Chọn loại tài liệu' });
  await authorizeUpload(db, actor, input);
  return withStoredUpload(input.file, actor.id, (stored) =>
    db.$transaction(async (tx) => {
      const { project, acceptance, previous } = await authorizeUpload(tx, actor, input);
      const acceptanceId = acceptance?.id ?? null;
      if (previous) {
        await transition(tx, actor, DOCUMENT_REVIEW_LIFECYCLE, { id: previous.id, status: previous.review, provinceId: project.provinceId }, 'supersede', {
          data: { projectId: project.id, acceptanceId, fileName: previous.fileName },
        });
      }
      const document = await tx.document.create({
        data: {
          provinceId: project.provinceId,
          kind: input.kind,
          title: input.title ?? DOCUMENT_KIND_LABELS[input.kind as keyof typeof DOCUMENT_KIND_LABELS],
          ...stored,
          projectId: project.id,
          acceptanceId,
          replacesId: previous?.id ?? null,
          uploadedById: actor.id,
        },
        select: { id: true },
      });
      await recordAudit(tx, actor, {
        ...auditSubject('Project', project),
        event: acceptanceId ? 'uploadAcceptanceDocument' : 'uploadDocument',
        data: { documentId: document.id, kind: input.kind, fileName: stored.fileName, sha256: stored.sha256, replacesId: previous?.id ?? null },
      });
      return document;
    }),
  );
}
