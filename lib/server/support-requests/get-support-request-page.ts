import 'server-only';
import { SUPPORT_REQUEST_EDITABLE, SUPPORT_REQUEST_LIFECYCLE } from '@/lib/domain/lifecycle/beneficiary';
import { canFire } from '@/lib/domain/lifecycle/machine';
import { ANNUAL_PLAN_EDITABLE_STATES, ROUND_REVIEW_STATES } from '@/lib/domain/lifecycle/plan';
import { can } from '@/lib/domain/permissions';
import type { Actor } from '@/lib/domain/roles';
import { annualPlanScope } from '@/lib/domain/scope';
import { db } from '../db';
import { forbiddenError } from '../errors';
import { getRegistrantOrganizationOrThrow } from '../plans/plan-access';
import { categoriesValidIn } from '../plans/find-plan-item-options';
import { getSupportRequestInScopeOrThrow, requestYear } from './support-request-access';

/** One request with what the actor may do with it: the facility edits and sends its draft; its xã or the Trung tâm takes it into one of its open plans or refuses it. */
export async function getSupportRequestPage(actor: Actor, requestId: number) {
  if (!can(actor, 'support-request:apply') && !can(actor, 'plan:read')) throw forbiddenError();
  const request = await getSupportRequestInScopeOrThrow(actor, requestId);
  const mayTake = canFire(SUPPORT_REQUEST_LIFECYCLE, 'take', actor, request.status);
  let plans: { id: number; label: string }[] = [];
  if (mayTake) {
    const org = await getRegistrantOrganizationOrThrow(actor).catch(() => null);
    if (org) {
      const rows = await db.annualPlan.findMany({
        where: {
          AND: [
            annualPlanScope(actor),
            { organizationId: org.id, status: { in: [...ANNUAL_PLAN_EDITABLE_STATES] }, consolidatedPlan: { status: { in: [...ROUND_REVIEW_STATES] } } },
          ],
        },
        orderBy: { year: 'desc' },
        select: { id: true, year: true, organization: { select: { name: true } } },
      });
      plans = rows.map((p) => ({ id: p.id, label: `Kế hoạch năm ${p.year} — ${p.organization.name}` }));
    }
  }
  return {
    request,
    statusLabel: SUPPORT_REQUEST_LIFECYCLE.statusLabels[request.status],
    canEdit: can(actor, 'support-request:apply') && SUPPORT_REQUEST_EDITABLE.includes(request.status),
    canSend: canFire(SUPPORT_REQUEST_LIFECYCLE, 'send', actor, request.status),
    canTake: mayTake,
    canRefuse: canFire(SUPPORT_REQUEST_LIFECYCLE, 'refuse', actor, request.status),
    plans,
  };
}

/** The content categories a facility may ask support for in the year of its request. */
export async function findSupportRequestOptions(actor: Actor) {
  const provinceId = actor.provinceId ?? -1;
  const year = await requestYear(provinceId);
  const categories = await db.contentCategory.findMany({ where: categoriesValidIn(year), orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }], select: { id: true, code: true, name: true } });
  return { year, categories: categories.map((c) => ({ value: c.id, label: `${c.code} — ${c.name}` })) };
}
