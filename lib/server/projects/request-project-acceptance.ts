import 'server-only';
import { formatDate } from '@/lib/domain/format';
import { PROJECT_LIFECYCLE } from '@/lib/domain/lifecycle/project';
import type { Actor } from '@/lib/domain/roles';
import type { AcceptanceRequestInput } from '@/lib/schemas/project';
import { assertCan } from '../authz';
import { acceptanceScheduleProblems } from '@/lib/domain/date-rules';
import { assertDates } from '../dates';
import { db } from '../db';
import { AppError } from '../errors';
import { findProjectDateContext } from './project-date-context';
import { assertStatusUnchanged, getProjectForWriteOrThrow } from './load-project';
import { notifyProject } from './notify-project';
import { transition } from '../lifecycle/transition';

/** Đề nghị nghiệm thu: schedules the acceptance (date, council) and moves the đề án to UNDER_ACCEPTANCE. */
export async function requestProjectAcceptance(actor: Actor, input: AcceptanceRequestInput) {
  assertCan(actor, 'project:execute');
  return db.$transaction(async (tx) => {
    const project = await getProjectForWriteOrThrow(tx, actor, input.projectId);
    assertStatusUnchanged(project, input.expectedStatus);
    if (input.facilityId !== null && !project.beneficiaries.some((b) => b.facilityId === input.facilityId)) {
      throw new AppError('VALIDATION', 'Cơ sở nghiệm thu phải là cơ sở thụ hưởng của đề án.', { facilityId: 'Chọn cơ sở thụ hưởng' });
    }
    const { contractSignedOn } = await findProjectDateContext(tx, project);
    assertDates(acceptanceScheduleProblems(input.scheduledOn, { contractSignedOn, projectStart: project.startDate }));
    const acceptance = await tx.acceptance.create({
      data: { projectId: project.id, facilityId: input.facilityId, scheduledOn: input.scheduledOn, councilMembers: input.councilMembers ?? null },
    });
    const to = await transition(tx, actor, PROJECT_LIFECYCLE, project, 'requestAcceptance', {
      data: { acceptanceId: acceptance.id, scheduledOn: input.scheduledOn.toISOString().slice(0, 10) },
    });
    await notifyProject(tx, project, ['sct', 'xa', 'beneficiaries'], {
      title: `Đề án ${project.code}: nghiệm thu ngày ${formatDate(input.scheduledOn)}`,
      body: 'Cơ sở thụ hưởng tải lên hồ sơ nghiệm thu theo danh mục trên trang đề án.',
    });
    return { status: to, acceptanceId: acceptance.id };
  });
}
