import 'server-only';
import type { ProgrammeLevel } from '@/prisma/generated/client/enums';
import { FUNDING_LEVEL_SHORT } from '@/lib/domain/labels';
import type { Tx } from '../db';

/**
 * Next đề án code for a province, source and year: "KCĐP-2026-007". Takes a transaction-scoped
 * advisory lock so two creations at once cannot get the same number.
 */
export async function allocateProjectCode(tx: Tx, provinceId: number, fundingLevel: ProgrammeLevel, year: number): Promise<string> {
  const prefix = `${FUNDING_LEVEL_SHORT[fundingLevel]}-${year}-`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`project-code:${provinceId}:${prefix}`}))`;
  const last = await tx.project.findFirst({
    where: { provinceId, code: { startsWith: prefix } },
    orderBy: { code: 'desc' },
    select: { code: true },
  });
  const n = last ? Number(last.code.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(Number.isFinite(n) ? n : 1).padStart(3, '0')}`;
}
