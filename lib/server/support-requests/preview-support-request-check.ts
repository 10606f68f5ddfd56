import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import type { SupportRequestCheckInput } from '@/lib/schemas/beneficiary';
import { assertCan } from '../authz';
import { db } from '../db';
import { previewProposalCheck, type PlanItemCheckResult } from '../plans/preview-plan-item-check';
import { getApplyingFacilityOrThrow, requestYear } from './support-request-access';

/**
 * The support request form's check while the facility types: the same spending norm and
 * duplicate-support rules as a plan proposal or a đề án (one implementation, in
 * lib/server/plans/preview-plan-item-check.ts), for the facility's own MST only. The norm is read for
 * local funds (KCĐP), the source a xã plan proposes; the xã chooses the source when it takes the request.
 */
export async function previewSupportRequestCheck(actor: Actor, input: SupportRequestCheckInput): Promise<PlanItemCheckResult> {
  assertCan(actor, 'support-request:apply');
  const facility = await getApplyingFacilityOrThrow(actor);
  const year = await requestYear(facility.provinceId, db);
  const support = input.totalCostVnd > input.counterpartVnd ? input.totalCostVnd - input.counterpartVnd : 0n;
  return previewProposalCheck(
    actor,
    { provinceId: facility.provinceId, year },
    {
      itemId: null,
      name: input.title,
      contentCategoryId: input.contentCategoryId,
      fundingLevel: 'KCDP',
      totalCostVnd: input.totalCostVnd,
      requestedSupportVnd: support,
      facilities: [{ id: facility.id, name: facility.name, taxCode: facility.taxCode }],
      equipment: input.equipment || null,
    },
    { ownSupportRequest: true },
  );
}
