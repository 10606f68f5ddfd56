import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import type { ProjectGeneralInput } from '@/lib/schemas/project';
import { auditSubject, recordAudit, toAuditJson } from '../audit';
import { assertCan } from '../authz';
import { projectPeriodProblems, regimeOf } from '@/lib/domain/date-rules';
import { assertDates, today } from '../dates';
import { db } from '../db';
import { AppError, staleError } from '../errors';
import { allocateProjectCode } from './allocate-project-code';
import { assertProjectReferences } from './assert-project-references';
import { assertDossierEditable, getProjectForWriteOrThrow } from './load-project';
import { projectGeneralData } from './project-general-data';

/** Edits the general information of a draft đề án. A new source or year gives it a new code. */
export async function updateProject(actor: Actor, projectId: number, input: ProjectGeneralInput): Promise<void> {
  assertCan(actor, 'project:edit');
  assertDates(projectPeriodProblems(input));
  await db.$transaction(async (tx) => {
    const project = await getProjectForWriteOrThrow(tx, actor, projectId);
    assertDossierEditable(project);
    await assertProjectReferences(tx, project.provinceId, input);
    if (!input.isGroup && project.beneficiaries.length > 1) {
      throw new AppError('VALIDATION', `Đề án đang có ${project.beneficiaries.length} cơ sở thụ hưởng: bỏ bớt cơ sở trước khi bỏ đánh dấu "Đề án nhóm".`, {
        isGroup: 'Đề án có nhiều cơ sở phải là đề án nhóm',
      });
    }
    const recode = input.fundingLevel !== project.fundingLevel || input.year !== project.year;
    const code = recode ? await allocateProjectCode(tx, project.provinceId, input.fundingLevel, input.year) : project.code;
    // An exception to a norm was granted for given figures under a given norm: a change of content,
    // source or area voids it.
    const normInputsChanged =
      recode || input.contentCategoryId !== project.contentCategoryId || input.priorityArea !== project.priorityArea;
    const { count } = await tx.project.updateMany({
      where: { id: project.id, status: project.status },
      data: {
        code,
        ...projectGeneralData(input),
        regime: regimeOf({ ...input, approvedOn: null }, today()),
        ...(normInputsChanged ? { normExceptionNote: null } : {}),
      },
    });
    if (count !== 1) throw staleError();
    await recordAudit(tx, actor, {
      ...auditSubject('Project', project),
      event: 'updateGeneral',
      data: toAuditJson({ ...(recode ? { previousCode: project.code, code } : {}), ...input }),
    });
  });
}
