import 'server-only';
import { adminUnitName } from '@/lib/domain/labels';
import { AMENDMENT_PENDING_STATES, amendmentRequestStates, PROJECT_LIFECYCLE } from '@/lib/domain/lifecycle/project';
import { minVnd } from '@/lib/domain/money';
import { checkSupportAgainstNorm } from '@/lib/domain/norms';
import { amendmentKinds, amendmentScale, type ProjectSnapshot } from '@/lib/domain/project-amendment';
import { computeCostLines } from '@/lib/domain/project-cost-lines';
import type { Actor } from '@/lib/domain/roles';
import type { AmendmentRequestInput } from '@/lib/schemas/project';
import { projectPeriodProblems } from '@/lib/domain/date-rules';
import { auditSubject, recordAudit, toAuditJson } from '../audit';
import { assertCan } from '../authz';
import { assertDates } from '../dates';
import { db, type Tx } from '../db';
import { AppError } from '../errors';
import { findNormInForce } from '../norms/find-norm-in-force';
import { findRulesDate } from './project-date-context';
import { getProjectForWriteOrThrow, type ProjectForWrite } from './load-project';
import { notifyProject } from './notify-project';
import { snapshotLine, snapshotOf } from './project-snapshot';
import { loadEligibleFacilities } from './set-project-beneficiaries';

/** The requested version of the đề án, checked like a dossier (eligible facilities, cost lines, norm). */
async function proposedSnapshot(tx: Tx, project: ProjectForWrite, before: ProjectSnapshot, input: AmendmentRequestInput): Promise<ProjectSnapshot> {
  let unitName: string | null = null;
  if (input.adminUnitId !== null) {
    const unit = await tx.adminUnit.findFirst({ where: { id: input.adminUnitId, provinceId: project.provinceId } });
    if (!unit) throw new AppError('VALIDATION', 'Xã/phường/đặc khu không thuộc địa phương này.', { adminUnitId: 'Chọn xã/phường/đặc khu' });
    unitName = adminUnitName(unit);
  }
  if (input.beneficiaries.length === 0) throw new AppError('VALIDATION', 'Đề án cần ít nhất một cơ sở thụ hưởng.', { beneficiaries: 'Chọn cơ sở' });
  if (!project.isGroup && input.beneficiaries.length > 1) throw new AppError('VALIDATION', 'Đề án không phải đề án nhóm chỉ hỗ trợ một cơ sở.', { beneficiaries: 'Chỉ một cơ sở' });
  const facilities = await loadEligibleFacilities(tx, project.provinceId, input.beneficiaries);
  const computed = computeCostLines(input.lines, facilities.map((f) => f.facilityId));
  if (!computed.ok) throw new AppError('VALIDATION', computed.message, computed.fieldErrors);
  const norm = await findNormInForce(tx, { provinceId: project.provinceId, contentCategoryId: project.contentCategoryId, fundingLevel: project.fundingLevel, on: await findRulesDate(tx, project) });
  if (norm) {
    const check = checkSupportAgainstNorm({ norm, priorityArea: project.priorityArea, facilities: facilities.map((f) => ({ id: f.facilityId, name: f.name })), lines: computed.lines });
    if (check.violations.length > 0) throw new AppError('LIMIT_EXCEEDED', `${check.violations.map((v) => v.message).join('. ')}.`);
  }
  return {
    name: input.name,
    place: input.place ?? null,
    adminUnitId: input.adminUnitId,
    adminUnitName: unitName,
    startDate: input.startDate ? input.startDate.toISOString().slice(0, 10) : null,
    endDate: input.endDate ? input.endDate.toISOString().slice(0, 10) : null,
    description: input.description ?? null,
    expectedOutputs: input.expectedOutputs ?? null,
    targetQuantity: input.targetQuantity,
    totalCostVnd: computed.totals.totalCostVnd.toString(),
    stateSupportVnd: computed.totals.stateSupportVnd.toString(),
    counterpartVnd: computed.totals.counterpartVnd.toString(),
    otherFundingVnd: computed.totals.otherFundingVnd.toString(),
    approvedSupportVnd: before.approvedSupportVnd,
    beneficiaries: facilities.map((f) => ({ facilityId: f.facilityId, name: f.name, equipment: f.equipment })),
    costLines: computed.lines.map(snapshotLine),
  };
}

/**
 * Đề nghị điều chỉnh: keeps the đề án as it is (`before`) and as requested (`after`), derives the
 * kinds of change and the scale (LARGE / SMALL), and waits for the approver. One request at a time.
 */
export async function requestAmendment(actor: Actor, input: AmendmentRequestInput) {
  assertCan(actor, 'project:amend-request');
  return db.$transaction(async (tx) => {
    const project = await getProjectForWriteOrThrow(tx, actor, input.projectId);
    const allowed = amendmentRequestStates(input.stop);
    if (!allowed.includes(project.status)) {
      throw new AppError('ILLEGAL_TRANSITION', `Không thể đề nghị điều chỉnh khi đề án đang ở trạng thái "${PROJECT_LIFECYCLE.statusLabels[project.status]}".`);
    }
    if (await tx.amendment.count({ where: { projectId: project.id, status: { in: [...AMENDMENT_PENDING_STATES] } } })) {
      throw new AppError('CONFLICT', 'Đề án đang có một đề nghị điều chỉnh chờ duyệt: chờ quyết định trước khi đề nghị tiếp.');
    }
    if (!input.stop) assertDates(projectPeriodProblems({ year: project.year, startDate: input.startDate, endDate: input.endDate }, { amendment: true }));
    const before = snapshotOf(project);
    let after = before;
    if (!input.stop) {
      after = await proposedSnapshot(tx, project, before, input);
      const newSupport = BigInt(after.stateSupportVnd);
      const kindsSoFar = amendmentKinds(before, after, false);
      // A change of amount re-approves the support at the new figure; otherwise it can only go down.
      const approved = before.approvedSupportVnd === null ? null : kindsSoFar.includes('AMOUNT') ? newSupport : minVnd(BigInt(before.approvedSupportVnd), newSupport);
      after = { ...after, approvedSupportVnd: approved?.toString() ?? null };
    }
    const kinds = amendmentKinds(before, after, input.stop);
    if (kinds.length === 0) throw new AppError('VALIDATION', 'Chưa có thay đổi nào so với phiên bản hiện tại của đề án.');
    const { scale, reasons } = amendmentScale(before, after, kinds, project.year);
    const amendment = await tx.amendment.create({
      data: { projectId: project.id, fromVersion: project.version, kinds, scale, reason: input.reason, before: toAuditJson(before), after: toAuditJson(after), requestedById: actor.id },
    });
    await recordAudit(tx, actor, {
      ...auditSubject('Project', project),
      event: 'requestAmendment',
      reason: input.reason,
      data: { amendmentId: amendment.id, kinds, scale, scaleReasons: reasons },
    });
    await notifyProject(tx, project, ['sct'], { title: `Đề án ${project.code}: đề nghị điều chỉnh chờ duyệt`, body: input.reason });
    return { amendmentId: amendment.id, kinds, scale };
  });
}
