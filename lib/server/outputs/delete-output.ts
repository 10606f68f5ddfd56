import 'server-only';
import { canRecordOutputs } from '@/lib/domain/project-outputs';
import type { Actor } from '@/lib/domain/roles';
import { auditSubject, recordAudit, toAuditJson } from '../audit';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError } from '../errors';
import { getOutputInScopeOrThrow } from './load-output';

/**
 * Removes an output recorded by mistake (with its participant list) while outputs may still be
 * recorded; the audit row keeps what was removed.
 */
export async function deleteProjectOutput(actor: Actor, input: { outputId: number }): Promise<{ projectId: number }> {
  assertCan(actor, 'output:record');
  return db.$transaction(async (tx) => {
    const output = await getOutputInScopeOrThrow(tx, actor, input.outputId);
    if (!canRecordOutputs(actor, output.project.status)) throw new AppError('ILLEGAL_TRANSITION', 'Đề án không còn ở giai đoạn ghi kết quả thực hiện: không xoá được kết quả đã ghi.');
    const { project, _count, ...removed } = output;
    await tx.projectOutput.delete({ where: { id: output.id } });
    await recordAudit(tx, actor, {
      ...auditSubject('Project', project),
      event: 'deleteOutput',
      data: toAuditJson({ ...removed, participants: _count.participants }),
    });
    return { projectId: project.id };
  });
}
