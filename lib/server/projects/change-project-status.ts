import 'server-only';
import { PROJECT_LIFECYCLE, type ProjectStatus } from '@/lib/domain/lifecycle/project';
import type { Actor } from '@/lib/domain/roles';
import type { SimpleTransitionInput } from '@/lib/schemas/project';
import { assertCan } from '../authz';
import { db } from '../db';
import { assertNoSubmissionProblems, findSubmissionProblems } from './find-submission-problems';
import { assertStatusUnchanged, getProjectForWriteOrThrow } from './load-project';
import { notifyProject, type ProjectAudience } from './notify-project';
import { transition } from '../lifecycle/transition';

/** Who is told after each event. */
const AUDIENCE: Record<SimpleTransitionInput['event'], ProjectAudience[]> = {
  submit: ['sct', 'ttkc'],
  withdraw: [],
  returnForRevision: ['ttkc'],
  reject: ['ttkc', 'xa'],
  start: ['xa', 'beneficiaries'],
  stop: ['ttkc', 'xa', 'beneficiaries'],
};

/**
 * Status changes that need no form beyond a reason: submit (after the dossier checks), withdraw,
 * return for revision, reject, start, stop.
 */
export async function changeProjectStatus(actor: Actor, input: SimpleTransitionInput): Promise<ProjectStatus> {
  assertCan(actor, PROJECT_LIFECYCLE.events[input.event].permission);
  return db.$transaction(async (tx) => {
    const project = await getProjectForWriteOrThrow(tx, actor, input.projectId);
    assertStatusUnchanged(project, input.expectedStatus);
    if (input.event === 'submit') assertNoSubmissionProblems(await findSubmissionProblems(tx, project));
    const to = await transition(tx, actor, PROJECT_LIFECYCLE, project, input.event, {
      reason: input.reason,
      data: { totalCostVnd: project.totalCostVnd.toString(), stateSupportVnd: project.stateSupportVnd.toString() },
    });
    const label = PROJECT_LIFECYCLE.events[input.event].label;
    await notifyProject(tx, project, AUDIENCE[input.event], { title: `Đề án ${project.code}: ${label}`, body: input.reason?.trim() || project.name });
    return to;
  });
}
