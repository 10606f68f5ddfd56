import 'server-only';
import { PROJECT_LIFECYCLE } from '@/lib/domain/lifecycle/project';
import { formatVnd } from '@/lib/domain/money';
import { projectSupportFromItem } from '@/lib/domain/plan-rules';
import type { Actor } from '@/lib/domain/roles';
import type { OrganizationKind } from '@/prisma/generated/client/enums';
import { recordAudit, toAuditJson } from '../audit';
import type { Tx } from '../db';
import { AppError } from '../errors';
import { allocateProjectCode } from '../projects/allocate-project-code';
import { checkPlanItemNorm, planItemSubject } from './check-plan-item';
import { findConsolidatedItems } from './find-consolidated-items';

/** Units that carry out their own proposals; a xã's proposals are carried out by the Trung tâm. */
const SELF_IMPLEMENTING: readonly OrganizationKind[] = ['TTKC', 'SERVICE_ORG'];

/**
 * Inside the decision's transaction: every proposal of the city plan becomes an approved đề án
 * (status APPROVED under the 2025 rules), linked to its proposal and to the decision, with one
 * audit row each. Support: see `projectSupportFromItem` (approved for KCĐP, requested for KCQG).
 * The support decided is never above the spending norm in force on the decision date, which the
 * đề án's page applies: a proposal above it needs the exception recorded on it, which the đề án
 * then carries (and shows); otherwise the whole decision is refused, naming the proposal.
 */
export async function createProjectsFromPlan(tx: Tx, actor: Actor, round: { id: number; provinceId: number; year: number }, decision: { id: number; issuedOn: Date }) {
  const decisionId = decision.id;
  const { rows } = await findConsolidatedItems(round.id, tx);
  const ttkc = await tx.organization.findFirst({ where: { provinceId: round.provinceId, kind: 'TTKC' }, orderBy: { id: 'asc' }, select: { id: true } });
  const created: { id: number; code: string; planItemId: number; organizationId: number }[] = [];
  for (const item of rows) {
    const planOrg = item.annualPlan.organization;
    const implementingOrgId = SELF_IMPLEMENTING.includes(planOrg.kind) ? planOrg.id : ttkc?.id;
    if (!implementingOrgId) {
      throw new AppError('VALIDATION', 'Chưa có Trung tâm Khuyến công trong danh mục cơ quan, đơn vị nên chưa giao được đơn vị thực hiện đề án.');
    }
    const approvedSupportVnd = projectSupportFromItem(item);
    const { check } = await checkPlanItemNorm(tx, planItemSubject(item, round), approvedSupportVnd, decision.issuedOn);
    if (check && check.violations.length > 0 && !item.normExceptionNote) {
      throw new AppError(
        'LIMIT_EXCEEDED',
        `Chưa thể ghi nhận quyết định: đề xuất “${item.name}” được duyệt hỗ trợ ${formatVnd(approvedSupportVnd)}, vượt mức chi. ${check.violations.map((v) => v.message).join('. ')}. Người có thẩm quyền ghi nhận ngoại lệ mức chi cho đề xuất (kèm căn cứ) trước khi ghi nhận quyết định.`,
      );
    }
    const code = await allocateProjectCode(tx, round.provinceId, item.fundingLevel, round.year);
    const project = await tx.project.create({
      data: {
        provinceId: round.provinceId,
        code,
        name: item.name,
        year: round.year,
        fundingLevel: item.fundingLevel,
        contentCategoryId: item.contentCategoryId,
        programmeTargetId: item.programmeTargetId,
        targetQuantity: item.targetQuantity,
        implementingOrgId,
        adminUnitId: item.adminUnitId ?? item.annualPlan.adminUnitId,
        place: item.place,
        planItemId: item.id,
        status: PROJECT_LIFECYCLE.events.approve.to,
        regime: 'ND235_2025',
        isGroup: item.beneficiaries.length > 1,
        expectedOutputs: item.expectedOutputs,
        totalCostVnd: item.totalCostVnd,
        stateSupportVnd: item.requestedSupportVnd,
        counterpartVnd: item.counterpartVnd,
        otherFundingVnd: item.otherFundingVnd,
        approvedSupportVnd,
        // The exception granted to the proposal's figures; the estimate drawn up later voids it.
        normExceptionNote: item.normExceptionNote,
        approvalDecisionId: decisionId,
        createdById: actor.id,
        beneficiaries: { create: item.beneficiaries.map((b) => ({ facilityId: b.facilityId })) },
      },
      select: { id: true, code: true },
    });
    await recordAudit(tx, actor, {
      entityType: 'Project',
      entityId: project.id,
      provinceId: round.provinceId,
      event: 'createFromPlan',
      toStatus: PROJECT_LIFECYCLE.events.approve.to,
      data: toAuditJson({ planItemId: item.id, consolidatedPlanId: round.id, decisionId, approvedSupportVnd, normExceptionNote: item.normExceptionNote }),
    });
    created.push({ ...project, planItemId: item.id, organizationId: planOrg.id });
  }
  return created;
}
