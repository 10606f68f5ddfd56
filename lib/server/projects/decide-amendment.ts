import 'server-only';
import { AMENDMENT_LIFECYCLE, amendmentRequestStates, PROJECT_LIFECYCLE } from '@/lib/domain/lifecycle/project';
import { formatVnd } from '@/lib/domain/money';
import type { ProjectSnapshot } from '@/lib/domain/project-amendment';
import type { Actor } from '@/lib/domain/roles';
import type { AmendmentDecisionInput } from '@/lib/schemas/project';
import { readProjectSnapshot } from '@/lib/schemas/project-snapshot';
import { auditSubject, recordAudit } from '../audit';
import { assertCan } from '../authz';
import { now } from '../clock';
import { db, type Tx } from '../db';
import { recordDecision } from '../decisions/record-decision';
import { AppError } from '../errors';
import { findMoneyPosition } from '../payments/find-money-position';
import { lockProjectForPayment } from '../payments/payment-limit-guard';
import { getAmendmentForWriteOrThrow, getProjectForWriteOrThrow } from './load-project';
import { notifyProject } from './notify-project';
import { applySnapshot } from './project-snapshot';
import { transition } from '../lifecycle/transition';

/** An amendment may lower the approved support only down to what is already requested or paid. */
async function assertSupportCoversCommitted(tx: Tx, projectId: number, approvedAfter: string | null): Promise<void> {
  const after = approvedAfter === null ? 0n : BigInt(approvedAfter);
  const p = await findMoneyPosition(tx, projectId);
  const committed = p.committedAdvanceVnd + p.committedPaymentVnd - p.refundedVnd;
  if (after >= committed) return;
  throw new AppError(
    'LIMIT_EXCEEDED',
    `Không thể giảm hỗ trợ được duyệt xuống ${formatVnd(after)}: đã đề nghị tạm ứng, thanh toán ${formatVnd(committed)} ` +
      `(tạm ứng ${formatVnd(p.committedAdvanceVnd)}, thanh toán ${formatVnd(p.committedPaymentVnd)}, đã nộp trả ${formatVnd(p.refundedVnd)}). ` +
      'Huỷ hoặc thu hồi các khoản này trước, hoặc điều chỉnh mức không thấp hơn số đã cam kết.',
  );
}

/**
 * Duyệt / không duyệt điều chỉnh. Approving records the decision (AMENDMENT_APPROVAL), makes `after`
 * the đề án's new version (version + 1; the previous one stays in the amendment's `before`), or stops
 * the đề án for a STOP amendment. The đề án must still be at the version the request was made from.
 */
export async function decideAmendment(actor: Actor, input: AmendmentDecisionInput) {
  assertCan(actor, 'project:amend-decide');
  return db.$transaction(async (tx) => {
    const amendment = await getAmendmentForWriteOrThrow(tx, actor, input.amendmentId);
    // The same lock as every payment: a request cannot slip in between this check and the new support.
    await lockProjectForPayment(tx, amendment.projectId);
    const project = await getProjectForWriteOrThrow(tx, actor, amendment.projectId);
    const stop = amendment.kinds.includes('STOP');
    let decisionId: number | null = null;
    if (input.approve) {
      const allowed = amendmentRequestStates(stop);
      if (!allowed.includes(project.status)) {
        throw new AppError('ILLEGAL_TRANSITION', `Không thể áp dụng điều chỉnh khi đề án đang ở trạng thái "${PROJECT_LIFECYCLE.statusLabels[project.status]}".`);
      }
      if (project.version !== amendment.fromVersion) {
        throw new AppError('CONFLICT', `Đề án đã sang phiên bản ${project.version} sau khi đề nghị (từ phiên bản ${amendment.fromVersion}): không duyệt đề nghị này, lập đề nghị mới.`);
      }
      if (!stop) await assertSupportCoversCommitted(tx, project.id, (amendment.after as unknown as ProjectSnapshot).approvedSupportVnd);
      decisionId = (await recordDecision(tx, actor, project.provinceId, 'AMENDMENT_APPROVAL', input.decision!)).id;
    }
    const event = input.approve ? 'approve' : 'reject';
    const status = await transition(tx, actor, AMENDMENT_LIFECYCLE, { ...amendment, provinceId: project.provinceId }, event, {
      reason: input.note,
      data: { projectId: project.id, decisionId },
      changes: { decidedById: actor.id, decidedAt: now(), decisionNote: input.note ?? null, decisionId },
    });
    if (input.approve && stop) {
      await transition(tx, actor, PROJECT_LIFECYCLE, project, 'stop', { reason: amendment.reason, data: { amendmentId: amendment.id, decisionId } });
    } else if (input.approve) {
      const after = readProjectSnapshot(amendment.after);
      if (!after) throw new AppError('CONFLICT', 'Đề nghị điều chỉnh không lưu đủ nội dung phiên bản mới: không áp dụng được, lập đề nghị mới.');
      const toVersion = await applySnapshot(tx, project.id, amendment.fromVersion, after);
      await recordAudit(tx, actor, {
        ...auditSubject('Project', project),
        event: 'applyAmendment',
        reason: amendment.reason,
        data: { amendmentId: amendment.id, fromVersion: amendment.fromVersion, toVersion, decisionId },
      });
    }
    await notifyProject(tx, project, input.approve ? ['ttkc', 'xa', 'beneficiaries'] : ['ttkc'], {
      title: `Đề án ${project.code}: ${input.approve ? 'điều chỉnh đã được duyệt' : 'điều chỉnh không được duyệt'}`,
      body: input.note ?? amendment.reason,
    });
    return { status, decisionId };
  });
}
