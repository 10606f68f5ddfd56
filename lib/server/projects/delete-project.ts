import 'server-only';
import { canDeleteProjectDraft, PROJECT_EDITABLE_STATES, PROJECT_LIFECYCLE } from '@/lib/domain/lifecycle/project';
import type { Actor } from '@/lib/domain/roles';
import { auditSubject, recordAudit, toAuditJson } from '../audit';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError, forbiddenError, staleError } from '../errors';
import { getProjectForWriteOrThrow } from './load-project';

/**
 * Deletes a draft đề án of the actor's own unit, with its beneficiaries, estimate and dossier
 * documents (rows; the files stay in storage, as for a deleted dossier document). The audit row
 * keeps what was deleted. A đề án made from an approved plan is not a draft of the unit's own.
 */
export async function deleteProject(actor: Actor, input: { projectId: number }): Promise<void> {
  assertCan(actor, 'project:edit');
  await db.$transaction(async (tx) => {
    const project = await getProjectForWriteOrThrow(tx, actor, input.projectId);
    if (!PROJECT_EDITABLE_STATES.includes(project.status)) {
      throw new AppError('ILLEGAL_TRANSITION', `Chỉ xoá được đề án dự thảo; đề án này đang ở trạng thái "${PROJECT_LIFECYCLE.statusLabels[project.status]}".`);
    }
    if (!canDeleteProjectDraft(actor, project)) throw forbiddenError('Chỉ đơn vị lập đề án được xoá dự thảo của mình.');
    if (project.planItemId !== null) {
      throw new AppError('ILLEGAL_TRANSITION', 'Đề án được tạo từ kế hoạch đã phê duyệt nên không xoá được; đề nghị điều chỉnh kế hoạch.');
    }
    await tx.document.deleteMany({ where: { projectId: project.id } });
    const { count } = await tx.project.deleteMany({ where: { id: project.id, status: project.status, version: project.version } });
    if (count !== 1) throw staleError();
    await recordAudit(tx, actor, {
      ...auditSubject('Project', project),
      event: 'delete',
      fromStatus: project.status,
      data: toAuditJson({ code: project.code, name: project.name, year: project.year, totalCostVnd: project.totalCostVnd, stateSupportVnd: project.stateSupportVnd }),
    });
  });
}
