import 'server-only';
import { SUPPORT_REQUEST_EDITABLE, SUPPORT_REQUEST_LIFECYCLE } from '@/lib/domain/lifecycle/beneficiary';
import { DOCUMENT_KIND_LABELS, SUPPORT_REQUEST_ATTACHMENT_KINDS } from '@/lib/domain/documents';
import { DOCUMENT_SERVED_STATES } from '@/lib/domain/lifecycle/document';
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
  // Attachments: whoever sees the request sees its files (the download route applies the same scope).
  const documents = await db.document.findMany({
    where: { supportRequestId: request.id },
    orderBy: { id: 'asc' },
    select: { id: true, kind: true, title: true, fileName: true, mimeType: true, sizeBytes: true, previewKey: true, review: true, uploadedAt: true, uploadedBy: { select: { fullName: true } } },
  });
  const canEdit = can(actor, 'support-request:apply') && SUPPORT_REQUEST_EDITABLE.includes(request.status);
  return {
    request,
    statusLabel: SUPPORT_REQUEST_LIFECYCLE.statusLabels[request.status],
    attachments: documents.filter((d) => DOCUMENT_SERVED_STATES.includes(d.review)),
    withdrawnAttachments: documents.filter((d) => !DOCUMENT_SERVED_STATES.includes(d.review)),
    /** The facility adds and withdraws files while its request is a draft. */
    mayAttach: canEdit,
    attachmentKinds: SUPPORT_REQUEST_ATTACHMENT_KINDS.map((k) => ({ value: k, label: DOCUMENT_KIND_LABELS[k] })),
    canEdit,
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
