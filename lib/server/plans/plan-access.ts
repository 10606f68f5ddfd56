import 'server-only';
import { adminUnitName } from '@/lib/domain/labels';
import { ANNUAL_PLAN_EDITABLE_STATES, ANNUAL_PLAN_LIFECYCLE, CONSOLIDATED_PLAN_LIFECYCLE, ROUND_REVIEW_STATES } from '@/lib/domain/lifecycle/plan';
import type { Actor } from '@/lib/domain/roles';
import { annualPlanScope, consolidatedPlanScope } from '@/lib/domain/scope';
import type { AnnualPlanStatus, ConsolidatedPlanStatus, OrganizationKind } from '@/prisma/generated/client/enums';
import { getInScopeOrThrow } from '../authz';
import { db, type Tx } from '../db';
import { AppError, forbiddenError, notFoundError } from '../errors';
import { now as clockNow } from '@/lib/server/clock';

// Loading plans through the actor's scope, and the rules of who may write to which plan, shared by
// the use cases of this folder. Out-of-scope rows are "not found" or "forbidden" (authz.ts).

type Client = Tx | typeof db;

/** The round (city plan) of a year in the actor's province. */
export async function getRoundOrThrow(actor: Actor, year: number, client: Client = db) {
  const round = await client.consolidatedPlan.findFirst({ where: { AND: [consolidatedPlanScope(actor), { year }] } });
  if (!round) throw notFoundError(`đợt đăng ký kế hoạch năm ${year}`);
  return round;
}

/** One xã/unit plan, loaded through the actor's scope (a xã officer sees only their xã's). */
export async function getPlanInScopeOrThrow(actor: Actor, planId: number, client: Client = db) {
  return getInScopeOrThrow(
    client.annualPlan.findFirst({
      where: { AND: [annualPlanScope(actor), { id: planId }] },
      include: { consolidatedPlan: true, organization: true },
    }),
    async () => (await client.annualPlan.count({ where: { id: planId } })) > 0,
    'kế hoạch',
  );
}

/** Kinds of organisation that register a yearly plan (DOMAIN.md: xã, the Trung tâm, service organisations, and the SCT itself). */
const REGISTERING_KINDS: readonly OrganizationKind[] = ['UBND_XA', 'TTKC', 'SERVICE_ORG', 'SCT'];

/**
 * The organisation on whose behalf the actor registers. A xã officer registers for the UBND of
 * their xã, which must exist in the register (the portal never invents an organisation).
 */
export async function getRegistrantOrganizationOrThrow(actor: Actor, client: Client = db) {
  if (actor.role === 'XA_OFFICER') {
    if (!actor.adminUnitId) throw forbiddenError('Tài khoản chưa được gán xã/phường/đặc khu nên chưa lập được kế hoạch.');
    const org = await client.organization.findFirst({
      where: { provinceId: actor.provinceId ?? -1, kind: 'UBND_XA', adminUnitId: actor.adminUnitId },
      orderBy: { id: 'asc' },
    });
    if (!org) {
      const unit = await client.adminUnit.findUnique({ where: { id: actor.adminUnitId }, select: { type: true, name: true } });
      throw new AppError(
        'VALIDATION',
        `Chưa có UBND ${unit ? adminUnitName(unit) : 'xã'} trong danh mục cơ quan, đơn vị nên chưa lập được kế hoạch. Đề nghị quản trị hệ thống bổ sung.`,
      );
    }
    return org;
  }
  const org = actor.organizationId
    ? await client.organization.findFirst({ where: { id: actor.organizationId, provinceId: actor.provinceId ?? -1 } })
    : null;
  if (!org || !REGISTERING_KINDS.includes(org.kind)) {
    throw forbiddenError('Tài khoản của bạn không thuộc đơn vị đăng ký kế hoạch khuyến công (UBND xã, Trung tâm Khuyến công, tổ chức dịch vụ).');
  }
  return org;
}

/** Only the organisation that wrote the plan may change or send it. */
export async function assertPlanAuthor(actor: Actor, plan: { organizationId: number }, client: Client = db): Promise<void> {
  const org = await getRegistrantOrganizationOrThrow(actor, client).catch(() => null);
  if (!org || org.id !== plan.organizationId) throw forbiddenError('Chỉ đơn vị lập kế hoạch mới được sửa hoặc gửi kế hoạch này.');
}

/** A plan is changed by its author only while a draft or returned, and while its round still takes changes. */
export function assertPlanEditable(plan: { status: AnnualPlanStatus; consolidatedPlan: { status: ConsolidatedPlanStatus } }): void {
  if (!ANNUAL_PLAN_EDITABLE_STATES.includes(plan.status)) {
    throw new AppError(
      'ILLEGAL_TRANSITION',
      `Kế hoạch đang ở trạng thái “${ANNUAL_PLAN_LIFECYCLE.statusLabels[plan.status]}” nên không sửa được. Chỉ sửa khi còn dự thảo hoặc được trả lại.`,
    );
  }
  if (!ROUND_REVIEW_STATES.includes(plan.consolidatedPlan.status)) {
    throw new AppError(
      'ILLEGAL_TRANSITION',
      `Kế hoạch năm đã ở bước “${CONSOLIDATED_PLAN_LIFECYCLE.statusLabels[plan.consolidatedPlan.status]}” nên không sửa được nữa.`,
    );
  }
}

/**
 * Takes the plan's row lock for the rest of the transaction, provided it is still editable: a
 * concurrent submit or review waits, and an edit after a submit fails instead of slipping in.
 */
export async function lockEditablePlan(tx: Tx, planId: number): Promise<void> {
  const { count } = await tx.annualPlan.updateMany({
    where: { id: planId, status: { in: [...ANNUAL_PLAN_EDITABLE_STATES] } },
    data: { updatedAt: clockNow() },
  });
  if (count !== 1) throw new AppError('CONFLICT', 'Kế hoạch vừa được gửi hoặc thay đổi trạng thái. Vui lòng tải lại trang.');
}
