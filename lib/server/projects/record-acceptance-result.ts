import 'server-only';
import { formatNumber } from '@/lib/domain/format';
import { ACCEPTANCE_LIFECYCLE, ACCEPTANCE_OPEN_STATES } from '@/lib/domain/lifecycle/acceptance';
import { DOCUMENT_SERVED_STATES } from '@/lib/domain/lifecycle/document';
import { PROJECT_LIFECYCLE } from '@/lib/domain/lifecycle/project';
import { formatVnd } from '@/lib/domain/money';
import { completedWholePercent } from '@/lib/domain/percent';
import { missingDocumentsMessage, parseChecklist } from '@/lib/domain/project-documents';
import type { Actor } from '@/lib/domain/roles';
import type { AcceptanceResultInput } from '@/lib/schemas/project';
import { assertCan } from '../authz';
import { acceptanceHeldProblems } from '@/lib/domain/date-rules';
import { assertDates, today } from '../dates';
import { db } from '../db';
import { recordDecision } from '../decisions/record-decision';
import { AppError } from '../errors';
import { findProjectDateContext } from './project-date-context';
import { assertStatusUnchanged, getProjectForWriteOrThrow } from './load-project';
import { notifyProject } from './notify-project';
import { transition } from '../lifecycle/transition';

/**
 * Kết quả nghiệm thu. Passing needs every document of the content's acceptance checklist (minutes
 * included) attached to this acceptance; it records the outputs delivered and the value accepted,
 * optionally a decision, and moves the đề án to ACCEPTED. Failing sends it back to IN_PROGRESS.
 */
export async function recordAcceptanceResult(actor: Actor, input: AcceptanceResultInput) {
  assertCan(actor, 'acceptance:manage');
  return db.$transaction(async (tx) => {
    const project = await getProjectForWriteOrThrow(tx, actor, input.projectId);
    assertStatusUnchanged(project, input.expectedStatus);
    const acceptance = await tx.acceptance.findFirst({
      where: { projectId: project.id, status: { in: [...ACCEPTANCE_OPEN_STATES] } },
      orderBy: { createdAt: 'desc' },
      include: { documents: { where: { review: { in: [...DOCUMENT_SERVED_STATES] } }, select: { kind: true } } },
    });
    if (!acceptance) throw new AppError('ILLEGAL_TRANSITION', 'Đề án chưa có lịch nghiệm thu đang mở.');
    const { contractSignedOn } = await findProjectDateContext(tx, project);
    assertDates(acceptanceHeldProblems(input.heldOn, { contractSignedOn, projectStart: project.startDate, today: today() }));
    const pass = input.result === 'PASS';
    let decisionId: number | null = null;
    if (pass) {
      const missing = missingDocumentsMessage(
        parseChecklist(project.contentCategory.acceptanceChecklist),
        acceptance.documents.map((d) => d.kind),
        'hồ sơ nghiệm thu',
      );
      if (missing) throw new AppError('VALIDATION', `Chưa thể nghiệm thu đạt. ${missing}`);
      if (input.acceptedValueVnd! > project.totalCostVnd) {
        throw new AppError('LIMIT_EXCEEDED', `Giá trị nghiệm thu ${formatVnd(input.acceptedValueVnd)} vượt tổng kinh phí đề án ${formatVnd(project.totalCostVnd)}.`, {
          acceptedValueVnd: `Tối đa ${formatVnd(project.totalCostVnd)}`,
        });
      }
      if (input.decision) decisionId = (await recordDecision(tx, actor, project.provinceId, 'ACCEPTANCE', input.decision)).id;
    }
    await transition(tx, actor, ACCEPTANCE_LIFECYCLE, { ...acceptance, provinceId: project.provinceId }, pass ? 'pass' : 'fail', {
      reason: pass ? null : input.notes,
      data: { projectId: project.id, acceptedValueVnd: input.acceptedValueVnd?.toString() ?? null },
      changes: {
        heldOn: input.heldOn,
        councilMembers: input.councilMembers,
        deliveredQuantity: input.deliveredQuantity,
        acceptedValueVnd: input.acceptedValueVnd,
        notes: input.notes ?? null,
        decisionId,
      },
    });
    const target = project.targetQuantity;
    const progress = pass && target && input.deliveredQuantity !== null ? completedWholePercent(input.deliveredQuantity, target) : null;
    const to = await transition(tx, actor, PROJECT_LIFECYCLE, project, pass ? 'acceptancePassed' : 'acceptanceFailed', {
      reason: pass ? null : input.notes,
      data: { acceptanceId: acceptance.id, acceptedValueVnd: input.acceptedValueVnd?.toString() ?? null, deliveredQuantity: input.deliveredQuantity },
      changes: pass ? { deliveredQuantity: input.deliveredQuantity, progressPercent: progress ?? 100 } : {},
    });
    const delivered = input.deliveredQuantity === null ? '' : ` Sản phẩm: ${formatNumber(input.deliveredQuantity)}/${formatNumber(target ?? 0)}.`;
    await notifyProject(tx, project, ['ttkc', 'beneficiaries'], {
      title: `Đề án ${project.code}: ${pass ? 'nghiệm thu đạt' : 'nghiệm thu chưa đạt'}`,
      body: (pass ? `Giá trị nghiệm thu ${formatVnd(input.acceptedValueVnd)}.${delivered}` : input.notes) ?? undefined,
    });
    return { status: to, acceptanceId: acceptance.id };
  });
}
