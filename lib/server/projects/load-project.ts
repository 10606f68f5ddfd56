import 'server-only';
import { PROJECT_EDITABLE_STATES, PROJECT_LIFECYCLE, type ProjectStatus } from '@/lib/domain/lifecycle/project';
import type { Actor } from '@/lib/domain/roles';
import { projectScope } from '@/lib/domain/scope';
import { getInScopeOrThrow } from '../authz';
import type { Db, Tx } from '../db';
import { AppError, staleError } from '../errors';

/**
 * A đề án for a write, loaded through the actor's scope inside the transaction: out of scope is
 * FORBIDDEN when the row exists, NOT_FOUND otherwise.
 */
export async function getProjectForWriteOrThrow(tx: Db | Tx, actor: Actor, projectId: number) {
  return getInScopeOrThrow(
    tx.project.findFirst({
      where: { AND: [{ id: projectId }, projectScope(actor)] },
      include: {
        contentCategory: { select: { id: true, code: true, name: true, parentId: true, dossierChecklist: true, acceptanceChecklist: true } },
        adminUnit: { select: { id: true, type: true, name: true } },
        beneficiaries: { include: { facility: { select: { id: true, name: true, taxCode: true } } }, orderBy: { facilityId: 'asc' } },
        costLines: { orderBy: { sortOrder: 'asc' } },
      },
    }),
    async () => (await tx.project.count({ where: { id: projectId } })) > 0,
    'đề án',
  );
}

export type ProjectForWrite = Awaited<ReturnType<typeof getProjectForWriteOrThrow>>;

/** An amendment request for a decision or a withdrawal, through the scope of its đề án. */
export async function getAmendmentForWriteOrThrow(tx: Tx, actor: Actor, amendmentId: number) {
  return getInScopeOrThrow(
    tx.amendment.findFirst({ where: { id: amendmentId, project: projectScope(actor) } }),
    async () => (await tx.amendment.count({ where: { id: amendmentId } })) > 0,
    'đề nghị điều chỉnh',
  );
}

/** The person acted on what their page showed; if the status moved since, they must reload. */
export function assertStatusUnchanged(project: { status: ProjectStatus }, expectedStatus: string): void {
  if (project.status !== expectedStatus) throw staleError();
}

/** The dossier (general info, beneficiaries, estimate, dossier documents) changes only in DRAFT. */
export function assertDossierEditable(project: { status: ProjectStatus }): void {
  if (!PROJECT_EDITABLE_STATES.includes(project.status)) {
    throw new AppError(
      'ILLEGAL_TRANSITION',
      `Chỉ sửa hồ sơ khi đề án ở trạng thái "${PROJECT_LIFECYCLE.statusLabels.DRAFT}"; đề án đang "${PROJECT_LIFECYCLE.statusLabels[project.status]}". Sau khi phê duyệt, thay đổi phải qua điều chỉnh.`,
    );
  }
}
