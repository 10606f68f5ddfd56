import 'server-only';
import type { ProgrammeLevel } from '@/prisma/generated/client/enums';
import { checkSupportAgainstNorm, type NormCheck, type NormCostLine, type NormRule } from '@/lib/domain/norms';
import type { Db, Tx } from '../db';
import { AppError } from '../errors';
import { findNormInForce } from '../norms/find-norm-in-force';

export interface NormSubject {
  provinceId: number;
  contentCategoryId: number;
  fundingLevel: ProgrammeLevel;
  priorityArea: boolean;
  beneficiaries: { facilityId: number; facility: { name: string } }[];
  costLines: NormCostLine[];
}

export interface ProjectNormResult {
  norm: NormRule | null;
  check: NormCheck | null;
}

/** The norm in force on `on` and the đề án's support checked against it. */
export async function checkProjectNorm(client: Db | Tx, project: NormSubject, on: Date): Promise<ProjectNormResult> {
  const norm = await findNormInForce(client, { provinceId: project.provinceId, contentCategoryId: project.contentCategoryId, fundingLevel: project.fundingLevel, on });
  if (!norm) return { norm: null, check: null };
  const check = checkSupportAgainstNorm({
    norm,
    priorityArea: project.priorityArea,
    facilities: project.beneficiaries.map((b) => ({ id: b.facilityId, name: b.facility.name })),
    lines: project.costLines,
  });
  return { norm, check };
}

/**
 * Refuses support above the norm, quoting the norm and its legal basis, unless an authorised person
 * recorded an exception for these figures (Project.normExceptionNote).
 */
export function assertWithinNorm(result: ProjectNormResult, normExceptionNote: string | null): void {
  if (!result.check || result.check.violations.length === 0 || normExceptionNote) return;
  throw new AppError(
    'LIMIT_EXCEEDED',
    `${result.check.violations.map((v) => v.message).join('. ')}. Giảm mức hỗ trợ, hoặc người có thẩm quyền ghi nhận ngoại lệ trước khi tiếp tục.`,
    { costLines: result.check.violations[0]!.message },
  );
}
