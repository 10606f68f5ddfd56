import 'server-only';
import { canRecordNormException } from '@/lib/domain/lifecycle/project';
import { normLinesOf } from '@/lib/domain/norms';
import type { Actor } from '@/lib/domain/roles';
import { auditSubject, recordAudit } from '../audit';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError, staleError } from '../errors';
import { findRulesDate } from './project-date-context';
import { checkProjectNorm } from './check-project-norm';
import { getProjectForWriteOrThrow } from './load-project';

/**
 * Records that an authorised person (norm:exception) accepts support above the norm for the current
 * figures, with the grounds. Any later change of the estimate, beneficiaries or content voids it.
 */
export async function recordNormException(actor: Actor, input: { projectId: number; note: string }): Promise<void> {
  assertCan(actor, 'norm:exception');
  await db.$transaction(async (tx) => {
    const project = await getProjectForWriteOrThrow(tx, actor, input.projectId);
    if (!canRecordNormException(actor, project)) {
      throw new AppError('ILLEGAL_TRANSITION', 'Chỉ ghi nhận ngoại lệ mức chi trước khi đề án được phê duyệt (đề án tạo từ quyết định phê duyệt kế hoạch: trước khi ký hợp đồng).');
    }
    // The figures the page shows the violation on: the estimate, or the decided support before it.
    const { norm, check } = await checkProjectNorm(tx, { ...project, costLines: normLinesOf(project).lines }, await findRulesDate(tx, project));
    if (!norm || !check || check.violations.length === 0) {
      throw new AppError('VALIDATION', 'Mức hỗ trợ của đề án đang trong mức chi: không cần ghi nhận ngoại lệ.');
    }
    const { count } = await tx.project.updateMany({ where: { id: project.id, status: project.status }, data: { normExceptionNote: input.note } });
    if (count !== 1) throw staleError();
    await recordAudit(tx, actor, {
      ...auditSubject('Project', project),
      event: 'recordNormException',
      reason: input.note,
      data: { normId: norm.id, legalBasis: norm.legalBasis, violations: check.violations.map((v) => v.message) },
    });
  });
}
