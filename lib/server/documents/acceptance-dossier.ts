import 'server-only';
import { dossierItems, dossierNextAction, dossierProgress, handInProblem } from '@/lib/domain/acceptance-dossier';
import { ACCEPTANCE_LIFECYCLE, ACCEPTANCE_UNDER_REVIEW_STATES, canAttachAcceptanceDocument } from '@/lib/domain/lifecycle/acceptance';
import {
  DOCUMENT_AWAITING_REVIEW_STATES,
  DOCUMENT_CHANGEABLE_STATES,
  DOCUMENT_REVIEW_LIFECYCLE,
  DOCUMENT_REVIEW_PROBLEM_STATES,
} from '@/lib/domain/lifecycle/document';
import { canFire } from '@/lib/domain/lifecycle/machine';
import { can } from '@/lib/domain/permissions';
import { parseChecklist } from '@/lib/domain/project-documents';
import type { Actor } from '@/lib/domain/roles';
import type { DossierReviewInput } from '@/lib/schemas/project';
import { assertCan } from '../authz';
import { db, type Db, type Tx } from '../db';
import { AppError, forbiddenError } from '../errors';
import { transition } from '../lifecycle/transition';
import { getProjectForWriteOrThrow } from '../projects/load-project';
import { notifyProject } from '../projects/notify-project';

// Hồ sơ nghiệm thu: the beneficiary uploads the checklist (upload-project-document.ts), withdraws or
// replaces a wrong file, and hands the dossier in explicitly, which tells the Trung tâm; staff accept
// each document or ask for a replacement with a comment; when the last handed-in document is
// reviewed the round moves on (DOSSIER_ACCEPTED, or REPLACEMENT_REQUESTED back to the beneficiary,
// who is told what to redo). Every state change is a lifecycle transition with its audit row.

const dossierDocument = {
  select: {
    id: true,
    kind: true,
    title: true,
    fileName: true,
    mimeType: true,
    sizeBytes: true,
    uploadedAt: true,
    review: true,
    reviewComment: true,
    previewKey: true,
    replacesId: true,
    uploadedBy: { select: { fullName: true } },
  },
  orderBy: { uploadedAt: 'asc' },
} as const;

export const dossierLink = (projectId: number, acceptanceId: number) => `/de-an/${projectId}/nghiem-thu/${acceptanceId}`;

/** The round of a đề án in the actor's scope; a beneficiary only its own facility's round of a group đề án. */
async function loadRound(tx: Db | Tx, actor: Actor, projectId: number, acceptanceId: number) {
  const project = await getProjectForWriteOrThrow(tx, actor, projectId);
  const acceptance = await tx.acceptance.findFirst({ where: { id: acceptanceId, projectId: project.id }, include: { documents: dossierDocument } });
  if (!acceptance) throw new AppError('NOT_FOUND', 'Không tìm thấy đợt nghiệm thu.');
  if (!can(actor, 'acceptance:manage') && acceptance.facilityId !== null && acceptance.facilityId !== actor.facilityId) {
    throw forbiddenError('Đợt nghiệm thu này của cơ sở khác.');
  }
  return { project, acceptance };
}

/** A document of an acceptance dossier, with its round, through the actor's scope. */
async function loadDocument(tx: Tx, actor: Actor, documentId: number) {
  const document = await tx.document.findUnique({ where: { id: documentId } });
  if (!document?.acceptanceId || !document.projectId) throw new AppError('NOT_FOUND', 'Không tìm thấy tài liệu.');
  return { document, ...(await loadRound(tx, actor, document.projectId, document.acceptanceId)) };
}

function readerOf(actor: Actor): 'beneficiary' | 'staff' | 'other' {
  if (can(actor, 'acceptance:manage')) return 'staff';
  return can(actor, 'acceptance:upload-dossier') ? 'beneficiary' : 'other';
}

/** Everything the dossier page shows. */
export async function getAcceptanceDossier(actor: Actor, projectId: number, acceptanceId: number) {
  assertCan(actor, 'project:read');
  const { project, acceptance } = await loadRound(db, actor, projectId, acceptanceId);
  const required = parseChecklist(project.contentCategory.acceptanceChecklist);
  const items = dossierItems(required, acceptance.documents);
  const reader = readerOf(actor);
  const editable = reader === 'beneficiary' && canAttachAcceptanceDocument(actor, project.status, acceptance.status);
  return {
    project: { id: project.id, code: project.code, name: project.name, status: project.status },
    acceptance: { id: acceptance.id, status: acceptance.status, scheduledOn: acceptance.scheduledOn },
    items,
    progress: dossierProgress(items),
    nextAction: dossierNextAction(acceptance.status, items, reader),
    reader,
    mayUpload: canAttachAcceptanceDocument(actor, project.status, acceptance.status),
    mayChange: editable,
    mayHandIn: editable && canFire(ACCEPTANCE_LIFECYCLE, 'submitDossier', actor, acceptance.status),
    handInProblem: handInProblem(items),
    mayReview: reader === 'staff' && ACCEPTANCE_UNDER_REVIEW_STATES.includes(acceptance.status),
  };
}

export type AcceptanceDossier = Awaited<ReturnType<typeof getAcceptanceDossier>>;

/** "Nộp hồ sơ": every new document is handed in, the round waits for the Trung tâm, which is told. */
export async function handInDossier(actor: Actor, input: { projectId: number; acceptanceId: number }): Promise<{ handedIn: number }> {
  assertCan(actor, 'acceptance:upload-dossier');
  return db.$transaction(async (tx) => {
    const { project, acceptance } = await loadRound(tx, actor, input.projectId, input.acceptanceId);
    if (!canAttachAcceptanceDocument(actor, project.status, acceptance.status)) {
      throw new AppError('ILLEGAL_TRANSITION', `Không thể nộp hồ sơ khi đợt nghiệm thu đang ở trạng thái "${ACCEPTANCE_LIFECYCLE.statusLabels[acceptance.status]}".`);
    }
    const items = dossierItems(parseChecklist(project.contentCategory.acceptanceChecklist), acceptance.documents);
    const problem = handInProblem(items);
    if (problem) throw new AppError('VALIDATION', `Chưa nộp được hồ sơ. ${problem}`);
    const fresh = acceptance.documents.filter((d) => canFire(DOCUMENT_REVIEW_LIFECYCLE, 'handIn', actor, d.review));
    await transition(tx, actor, ACCEPTANCE_LIFECYCLE, { ...acceptance, provinceId: project.provinceId }, 'submitDossier', {
      data: { projectId: project.id, documentIds: fresh.map((d) => d.id) },
    });
    for (const d of fresh) {
      await transition(tx, actor, DOCUMENT_REVIEW_LIFECYCLE, { id: d.id, status: d.review, provinceId: project.provinceId }, 'handIn', {
        data: { projectId: project.id, acceptanceId: acceptance.id },
      });
    }
    await notifyProject(tx, project, ['ttkc'], {
      title: `Đề án ${project.code}: cơ sở đã nộp hồ sơ nghiệm thu`,
      body: `${fresh.length} tài liệu chờ xem xét.`,
      link: dossierLink(project.id, acceptance.id),
    });
    return { handedIn: fresh.length };
  });
}

/** Takes back a wrong file before it is handed in (or one sent back): kept, out of the serving path. */
export async function withdrawDossierDocument(actor: Actor, documentId: number): Promise<void> {
  assertCan(actor, 'acceptance:upload-dossier');
  await db.$transaction(async (tx) => {
    const { document, project, acceptance } = await loadDocument(tx, actor, documentId);
    if (!canAttachAcceptanceDocument(actor, project.status, acceptance.status) || !DOCUMENT_CHANGEABLE_STATES.includes(document.review)) {
      throw new AppError('ILLEGAL_TRANSITION', `Không rút được tài liệu "${document.title}" lúc này (${DOCUMENT_REVIEW_LIFECYCLE.statusLabels[document.review]}).`);
    }
    await transition(tx, actor, DOCUMENT_REVIEW_LIFECYCLE, { id: document.id, status: document.review, provinceId: project.provinceId }, 'withdraw', {
      data: { projectId: project.id, acceptanceId: acceptance.id, fileName: document.fileName, sha256: document.sha256 },
    });
  });
}

/**
 * Staff accept a handed-in document or ask for a replacement (with a comment the beneficiary sees).
 * The review of the last waiting document moves the round and tells the beneficiary.
 */
export async function reviewDossierDocument(actor: Actor, input: DossierReviewInput): Promise<{ roundStatus: string }> {
  assertCan(actor, 'acceptance:manage');
  return db.$transaction(async (tx) => {
    const { document, project, acceptance } = await loadDocument(tx, actor, input.documentId);
    if (!ACCEPTANCE_UNDER_REVIEW_STATES.includes(acceptance.status)) {
      throw new AppError('ILLEGAL_TRANSITION', `Hồ sơ không chờ xem xét (đợt nghiệm thu: "${ACCEPTANCE_LIFECYCLE.statusLabels[acceptance.status]}").`);
    }
    const replace = input.decision === 'replace';
    await transition(tx, actor, DOCUMENT_REVIEW_LIFECYCLE, { id: document.id, status: document.review, provinceId: project.provinceId }, replace ? 'requestReplacement' : 'accept', {
      reason: replace ? input.comment : null,
      data: { projectId: project.id, acceptanceId: acceptance.id, fileName: document.fileName },
      changes: { reviewComment: replace ? input.comment : null },
    });
    const waiting = await tx.document.count({ where: { acceptanceId: acceptance.id, review: { in: [...DOCUMENT_AWAITING_REVIEW_STATES] } } });
    if (waiting > 0) return { roundStatus: acceptance.status };
    const sentBack = await tx.document.findMany({ where: { acceptanceId: acceptance.id, review: { in: [...DOCUMENT_REVIEW_PROBLEM_STATES] } }, select: { title: true, reviewComment: true } });
    const to = await transition(tx, actor, ACCEPTANCE_LIFECYCLE, { ...acceptance, provinceId: project.provinceId }, sentBack.length ? 'requestReplacement' : 'acceptDossier', {
      data: { projectId: project.id, replace: sentBack.map((d) => d.title) },
    });
    await notifyProject(tx, project, ['beneficiaries'], {
      title: sentBack.length ? `Đề án ${project.code}: cần thay thế ${sentBack.length} tài liệu nghiệm thu` : `Đề án ${project.code}: hồ sơ nghiệm thu đã được chấp nhận`,
      body: sentBack.length ? sentBack.map((d) => `${d.title}: ${d.reviewComment ?? ''}`).join('\n') : undefined,
      link: dossierLink(project.id, acceptance.id),
    });
    return { roundStatus: to };
  });
}
