import 'server-only';
import { unmetCriteria } from '@/lib/domain/project-appraisal';
import { formatVnd } from '@/lib/domain/money';
import { AUTHOR_APPRAISAL_MESSAGE, isExcludedAsAuthor, PROJECT_LIFECYCLE } from '@/lib/domain/lifecycle/project';
import type { Actor } from '@/lib/domain/roles';
import type { AppraisalInput } from '@/lib/schemas/project';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError } from '../errors';
import { assertStatusUnchanged, getProjectForWriteOrThrow } from './load-project';
import { notifyProject } from './notify-project';
import { transition } from '../lifecycle/transition';

/**
 * Thẩm định: records the council's checklist, opinion and recommended amount, and moves the đề án
 * to APPRAISED (all five criteria met) or REJECTED (the opinion is the reason).
 */
export async function appraiseProject(actor: Actor, input: AppraisalInput) {
  assertCan(actor, 'project:appraise');
  return db.$transaction(async (tx) => {
    const project = await getProjectForWriteOrThrow(tx, actor, input.projectId);
    assertStatusUnchanged(project, input.expectedStatus);
    const pass = input.result === 'PASS';
    if (isExcludedAsAuthor(actor, pass ? 'appraisePass' : 'appraiseFail', project)) throw new AppError('FORBIDDEN', AUTHOR_APPRAISAL_MESSAGE);
    if (pass) {
      const unmet = unmetCriteria(input.checklist);
      if (unmet.length > 0) {
        throw new AppError('VALIDATION', `Đề án chỉ đạt khi đáp ứng đủ 5 tiêu chí. Chưa đạt: ${unmet.join('; ')}.`, { checklist: 'Chưa đủ tiêu chí' });
      }
      const recommended = input.recommendedSupportVnd!;
      if (recommended <= 0n) throw new AppError('VALIDATION', 'Mức hỗ trợ đề xuất phải lớn hơn 0.', { recommendedSupportVnd: 'Phải lớn hơn 0' });
      if (recommended > project.stateSupportVnd) {
        throw new AppError(
          'LIMIT_EXCEEDED',
          `Mức hỗ trợ đề xuất ${formatVnd(recommended)} vượt ngân sách hỗ trợ trong dự toán ${formatVnd(project.stateSupportVnd)}.`,
          { recommendedSupportVnd: `Tối đa ${formatVnd(project.stateSupportVnd)}` },
        );
      }
    }
    const appraisal = await tx.appraisal.create({
      data: {
        projectId: project.id,
        checklist: input.checklist,
        councilMembers: input.councilMembers ?? null,
        opinion: input.opinion,
        recommendedSupportVnd: pass ? input.recommendedSupportVnd : null,
        result: input.result,
        appraisedById: actor.id,
      },
    });
    const to = await transition(tx, actor, PROJECT_LIFECYCLE, project, pass ? 'appraisePass' : 'appraiseFail', {
      reason: pass ? null : input.opinion,
      data: { appraisalId: appraisal.id, recommendedSupportVnd: input.recommendedSupportVnd?.toString() ?? null },
    });
    await notifyProject(tx, project, pass ? ['sct'] : ['ttkc'], {
      title: `Đề án ${project.code}: ${pass ? 'thẩm định đạt, chờ phê duyệt' : 'thẩm định không đạt'}`,
      body: input.opinion,
    });
    return { status: to, appraisalId: appraisal.id };
  });
}
