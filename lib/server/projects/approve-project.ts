import 'server-only';
import { regimeOn } from '@/lib/domain/project-regime';
import { formatVnd } from '@/lib/domain/money';
import { PROJECT_LIFECYCLE } from '@/lib/domain/lifecycle/project';
import type { Actor } from '@/lib/domain/roles';
import type { ApprovalInput } from '@/lib/schemas/project';
import { assertCan } from '../authz';
import { db } from '../db';
import { recordDecision } from '../decisions/record-decision';
import { AppError } from '../errors';
import { assertWithinNorm, checkProjectNorm } from './check-project-norm';
import { assertStatusUnchanged, getProjectForWriteOrThrow } from './load-project';
import { notifyProject } from './notify-project';
import { transition } from '../lifecycle/transition';

/**
 * Phê duyệt: records the decision (PROJECT_APPROVAL) and the approved support, which may not exceed
 * the amount the appraisal recommended, which itself is within the state support requested; the
 * support must be within the norm in force on the decision date (or covered by an exception).
 */
export async function approveProject(actor: Actor, input: ApprovalInput) {
  assertCan(actor, 'project:approve');
  return db.$transaction(async (tx) => {
    const project = await getProjectForWriteOrThrow(tx, actor, input.projectId);
    assertStatusUnchanged(project, input.expectedStatus);
    const appraisal = await tx.appraisal.findFirst({ where: { projectId: project.id, result: 'PASS' }, orderBy: { appraisedAt: 'desc' } });
    const recommended = appraisal?.recommendedSupportVnd ?? null;
    if (recommended === null) throw new AppError('ILLEGAL_TRANSITION', 'Đề án chưa có kết quả thẩm định đạt với mức hỗ trợ đề xuất.');
    if (input.approvedSupportVnd <= 0n) throw new AppError('VALIDATION', 'Mức hỗ trợ phê duyệt phải lớn hơn 0.', { approvedSupportVnd: 'Phải lớn hơn 0' });
    if (input.approvedSupportVnd > recommended) {
      throw new AppError('LIMIT_EXCEEDED', `Mức hỗ trợ phê duyệt ${formatVnd(input.approvedSupportVnd)} vượt mức thẩm định đề xuất ${formatVnd(recommended)}.`, {
        approvedSupportVnd: `Tối đa ${formatVnd(recommended)}`,
      });
    }
    if (recommended > project.stateSupportVnd) {
      throw new AppError('LIMIT_EXCEEDED', `Mức thẩm định đề xuất ${formatVnd(recommended)} vượt ngân sách hỗ trợ trong dự toán ${formatVnd(project.stateSupportVnd)}: thẩm định lại.`);
    }
    assertWithinNorm(await checkProjectNorm(tx, project, input.decision.issuedOn), project.normExceptionNote);
    const decision = await recordDecision(tx, actor, project.provinceId, 'PROJECT_APPROVAL', input.decision);
    const to = await transition(tx, actor, PROJECT_LIFECYCLE, project, 'approve', {
      data: { decisionId: decision.id, number: decision.number, approvedSupportVnd: input.approvedSupportVnd.toString() },
      changes: { approvedSupportVnd: input.approvedSupportVnd, approvalDecisionId: decision.id, regime: regimeOn(input.decision.issuedOn) },
    });
    await notifyProject(tx, project, ['ttkc', 'xa', 'beneficiaries'], {
      title: `Đề án ${project.code} đã được phê duyệt`,
      body: `Quyết định ${decision.number}, hỗ trợ ${formatVnd(input.approvedSupportVnd)}.`,
    });
    return { status: to, decisionId: decision.id };
  });
}
