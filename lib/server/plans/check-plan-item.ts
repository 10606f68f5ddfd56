import 'server-only';
import { rulesDateOf } from '@/lib/domain/date-rules';
import { PROJECT_INITIAL_STATE } from '@/lib/domain/lifecycle/project';
import type { DuplicateWarning } from '@/lib/domain/duplicate-support';
import { formatVnd } from '@/lib/domain/money';
import type { Actor } from '@/lib/domain/roles';
import type { ProgrammeLevel } from '@/prisma/generated/client/enums';
import { today } from '../dates';
import type { Db, Tx } from '../db';
import { AppError } from '../errors';
import { checkProjectNorm, type ProjectNormResult } from '../projects/check-project-norm';
import { findDuplicateSupportWarnings, type DuplicateCheckOptions } from '../projects/find-duplicate-support';

// A yearly-plan proposal is held to the same spending norm and the same duplicate-support check as
// a đề án: it is read as a đề án with one cost line (its total cost and the support asked or
// approved at this step), so there is one rule, in lib/domain/norms.ts and duplicate-support.ts.

export interface PlanItemSubject {
  id: number | null;
  name: string;
  provinceId: number;
  year: number;
  contentCategoryId: number;
  fundingLevel: ProgrammeLevel;
  totalCostVnd: bigint;
  normExceptionNote: string | null;
  facilities: { id: number; name: string; taxCode: string }[];
}

/**
 * The norm in force for the plan's year (today's for a year still to come) — or on `approvedOn`, the
 * UBND decision's date, as the đề án it becomes will read it — and the support checked against it.
 */
export function checkPlanItemNorm(client: Db | Tx, item: PlanItemSubject, supportVnd: bigint, approvedOn: Date | null = null): Promise<ProjectNormResult> {
  const on = rulesDateOf({ year: item.year, startDate: null, approvedOn }, today());
  return checkProjectNorm(
    client,
    {
      provinceId: item.provinceId,
      contentCategoryId: item.contentCategoryId,
      fundingLevel: item.fundingLevel,
      priorityArea: false,
      beneficiaries: item.facilities.map((f) => ({ facilityId: f.id, facility: { name: f.name } })),
      costLines: [{ facilityId: null, amountVnd: item.totalCostVnd, stateSupportVnd: supportVnd }],
    },
    on,
  );
}

/**
 * Refuses a step (sending, acceptance at review, the budget appraisal) for a proposal whose support
 * is above the norm, unless an exception was recorded on it. `field` is the form field to mark.
 */
export async function assertPlanItemWithinNorm(client: Db | Tx, item: PlanItemSubject, supportVnd: bigint, field = 'requestedSupportVnd'): Promise<void> {
  if (item.normExceptionNote) return;
  const { check } = await checkPlanItemNorm(client, item, supportVnd);
  const violation = check?.violations[0];
  if (!violation) return;
  throw new AppError(
    'LIMIT_EXCEEDED',
    `Đề xuất “${item.name}”: ${check.violations.map((v) => v.message).join('. ')}. Giảm xuống tối đa ${formatVnd(violation.capVnd)}, hoặc người có thẩm quyền ghi nhận ngoại lệ mức chi cho đề xuất trước khi tiếp tục.`,
    { [field]: `Tối đa ${formatVnd(violation.capVnd)} theo mức chi` },
  );
}

/** Earlier support of the same facilities for the same content (a warning for the reviewers, as for đề án). */
export async function findPlanItemDuplicates(
  actor: Actor,
  item: PlanItemSubject & { contentCode: string },
  equipment: string | null = null,
  options: DuplicateCheckOptions = {},
): Promise<DuplicateWarning[] | null> {
  return findDuplicateSupportWarnings(actor, {
    // Not a đề án yet: no row to exclude.
    id: -1,
    provinceId: item.provinceId,
    code: '',
    name: item.name,
    year: item.year,
    status: PROJECT_INITIAL_STATE,
    contentCategoryId: item.contentCategoryId,
    contentCategory: { code: item.contentCode },
    beneficiaries: item.facilities.map((f) => ({ equipment, facility: { name: f.name, taxCode: f.taxCode } })),
  }, options);
}

/** The subject of a stored proposal (with its facilities) for the checks above. */
export function planItemSubject(item: {
  id: number;
  name: string;
  contentCategoryId: number;
  fundingLevel: ProgrammeLevel;
  totalCostVnd: bigint;
  normExceptionNote: string | null;
  beneficiaries: { facility: { id: number; name: string; taxCode: string } }[];
}, plan: { provinceId: number; year: number }): PlanItemSubject {
  return { ...item, provinceId: plan.provinceId, year: plan.year, facilities: item.beneficiaries.map((b) => b.facility) };
}
