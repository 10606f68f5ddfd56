import 'server-only';
import { citeNorm } from '@/lib/domain/norms';
import { formatVnd } from '@/lib/domain/money';
import type { Actor } from '@/lib/domain/roles';
import { facilityScope } from '@/lib/domain/scope';
import type { PlanItemCheckInput } from '@/lib/schemas/plan';
import { assertCan } from '../authz';
import { db } from '../db';
import type { DuplicateCheckOptions } from '../projects/find-duplicate-support';
import { checkPlanItemNorm, findPlanItemDuplicates } from './check-plan-item';
import { getPlanInScopeOrThrow } from './plan-access';

export interface PlanItemCheckResult {
  /** The norm in words with its legal basis; null when no norm is set for this content and source. */
  norm: string | null;
  /** Above-norm messages (empty = within the norm). */
  violations: string[];
  /** Earlier support of the same facilities (null when the actor may not read beyond its scope). */
  duplicates: string[] | null;
}

/** The proposal form's check while typing: the same norm and duplicate rules the later steps enforce. */
export async function previewPlanItemCheck(actor: Actor, input: PlanItemCheckInput): Promise<PlanItemCheckResult> {
  assertCan(actor, 'plan:read');
  const plan = await getPlanInScopeOrThrow(actor, input.planId);
  const facilities = await db.facility.findMany({ where: { AND: [{ id: { in: input.facilityIds } }, facilityScope(actor)] }, select: { id: true, name: true, taxCode: true } });
  return previewProposalCheck(actor, plan, { ...input, facilities, equipment: null });
}

/**
 * The check itself, for a proposal typed in a plan or a facility's own support request
 * (lib/server/support-requests/preview-support-request-check.ts): norm in force and duplicates.
 */
export async function previewProposalCheck(
  actor: Actor,
  plan: { provinceId: number; year: number },
  input: {
    itemId: number | null;
    name: string;
    contentCategoryId: number | null;
    fundingLevel: PlanItemCheckInput['fundingLevel'];
    totalCostVnd: bigint;
    requestedSupportVnd: bigint;
    facilities: { id: number; name: string; taxCode: string }[];
    equipment: string | null;
  },
  options: DuplicateCheckOptions = {},
): Promise<PlanItemCheckResult> {
  if (!input.contentCategoryId) return { norm: null, violations: [], duplicates: null };
  const category = await db.contentCategory.findUnique({ where: { id: input.contentCategoryId }, select: { code: true } });
  if (!category) return { norm: null, violations: [], duplicates: null };
  const subject = {
    id: input.itemId,
    name: input.name,
    provinceId: plan.provinceId,
    year: plan.year,
    contentCategoryId: input.contentCategoryId,
    fundingLevel: input.fundingLevel,
    totalCostVnd: input.totalCostVnd,
    normExceptionNote: null,
    facilities: input.facilities,
  };
  const [{ norm, check }, duplicates] = await Promise.all([
    checkPlanItemNorm(db, subject, input.requestedSupportVnd),
    findPlanItemDuplicates(actor, { ...subject, contentCode: category.code }, input.equipment, options),
  ]);
  const cap = check?.shares.at(-1)?.capVnd ?? null;
  return {
    norm: norm && check ? `${check.description} — ${citeNorm(norm)}${cap !== null ? `; mức tối đa cho đề xuất này ${formatVnd(cap)}` : ''}` : null,
    violations: check?.violations.map((v) => v.message) ?? [],
    duplicates: duplicates?.map((d) => d.message) ?? null,
  };
}
