import 'server-only';
import { CONSOLIDATED_PLAN_LIFECYCLE } from '@/lib/domain/lifecycle/plan';
import type { Actor } from '@/lib/domain/roles';
import type { PlanDecisionUploadInput } from '@/lib/schemas/plan';
import { assertCan } from '../authz';
import { db } from '../db';
import { recordDecision } from '../decisions/record-decision';
import { AppError } from '../errors';
import { notifyRoles } from '../notifications/notify';
import { withStoredUpload } from '../storage';
import { createProjectsFromPlan } from './create-projects-from-plan';
import { notifyPlanAuthors, roundLink } from './notify-plan';
import { getRoundOrThrow } from './plan-access';
import { transition } from '../lifecycle/transition';

/**
 * Records the UBND decision approving the year's plan (with its signed file) and, in the same
 * transaction, turns every proposal of the city plan into an approved đề án. If anything fails,
 * nothing is kept — not the decision, not the đề án, not the stored file.
 */
export async function recordPlanDecision(actor: Actor, input: PlanDecisionUploadInput) {
  assertCan(actor, 'plan:record-decision');
  const round = await getRoundOrThrow(actor, input.year);
  const rule = CONSOLIDATED_PLAN_LIFECYCLE.events.recordDecision;
  // Said before the file is stored, so a wrong moment costs no upload.
  if (!rule.from.includes(round.status)) {
    throw new AppError(
      'ILLEGAL_TRANSITION',
      `Chỉ ghi nhận quyết định khi Sở Tài chính đã thống nhất dự toán; kế hoạch năm ${round.year} đang ở bước “${CONSOLIDATED_PLAN_LIFECYCLE.statusLabels[round.status]}”.`,
    );
  }
  return withStoredUpload(input.file, actor.id, (stored) =>
    db.$transaction(async (tx) => {
      const document = await tx.document.create({
        data: {
          provinceId: round.provinceId,
          kind: 'QUYET_DINH',
          title: `Quyết định ${input.number} phê duyệt kế hoạch khuyến công năm ${round.year}`,
          ...stored,
          uploadedById: actor.id,
        },
      });
      const decision = await recordDecision(tx, actor, round.provinceId, 'PLAN_APPROVAL', input, document.id);
      await transition(tx, actor, CONSOLIDATED_PLAN_LIFECYCLE, round, 'recordDecision', {
        data: { decisionId: decision.id, number: decision.number },
        changes: { decisionId: decision.id },
      });
      const projects = await createProjectsFromPlan(tx, actor, round, decision);
      const title = `Kế hoạch khuyến công năm ${round.year} đã được phê duyệt (${decision.number})`;
      await notifyRoles(tx, { provinceId: round.provinceId, roles: ['TTKC_STAFF', 'STC_OFFICER'] }, {
        title,
        body: `${projects.length} đề án đã được tạo ở trạng thái “Đã phê duyệt”, chờ ký hợp đồng.`,
        link: '/de-an',
      });
      const plans = await tx.annualPlan.findMany({
        where: { consolidatedPlanId: round.id, organizationId: { in: [...new Set(projects.map((p) => p.organizationId))] } },
        select: { provinceId: true, organizationId: true, adminUnitId: true },
      });
      for (const plan of plans) await notifyPlanAuthors(tx, plan, { title, body: 'Các đề xuất được chấp nhận của đơn vị đã thành đề án.', link: roundLink(round.year) });
      return { decisionId: decision.id, projects };
    }),
  );
}
