import 'server-only';
import { canRecordOutputs, OUTPUT_KIND_LABELS } from '@/lib/domain/project-outputs';
import { PROJECT_LIFECYCLE } from '@/lib/domain/lifecycle/project';
import type { Actor } from '@/lib/domain/roles';
import type { OutputCreateInput } from '@/lib/schemas/outputs';
import { auditSubject, recordAudit } from '../audit';
import { assertCan } from '../authz';
import { today } from '../dates';
import { db } from '../db';
import { AppError } from '../errors';
import { getProjectForWriteOrThrow } from '../projects/load-project';

/**
 * Records one output of a running đề án (a class held, booths supported, marks filed) with an
 * audit row. A class counts as one; its people are the participant list imported onto it.
 */
export async function recordProjectOutput(actor: Actor, input: OutputCreateInput): Promise<{ id: number }> {
  assertCan(actor, 'output:record');
  if (input.heldOn > today()) throw new AppError('VALIDATION', 'Ngày thực hiện không được sau hôm nay: chỉ ghi kết quả đã diễn ra.', { heldOn: 'Ngày không được sau hôm nay' });
  if (input.endedOn && input.endedOn < input.heldOn) throw new AppError('VALIDATION', 'Ngày kết thúc phải từ ngày bắt đầu trở đi.', { endedOn: 'Ngày kết thúc trước ngày bắt đầu' });
  const quantity = input.kind === 'TRAINING_CLASS' ? 1 : input.quantity;
  return db.$transaction(async (tx) => {
    const project = await getProjectForWriteOrThrow(tx, actor, input.projectId);
    if (!canRecordOutputs(actor, project.status)) {
      throw new AppError('ILLEGAL_TRANSITION', `Chỉ ghi kết quả thực hiện khi đề án đang thực hiện hoặc đã nghiệm thu; đề án đang "${PROJECT_LIFECYCLE.statusLabels[project.status]}".`);
    }
    const output = await tx.projectOutput.create({
      // The form's fields are the output's columns (the schema strips anything else).
      data: { ...input, provinceId: project.provinceId, projectId: project.id, quantity, recordedById: actor.id },
    });
    await recordAudit(tx, actor, {
      ...auditSubject('Project', project),
      event: 'recordOutput',
      data: { outputId: output.id, kind: input.kind, label: OUTPUT_KIND_LABELS[input.kind], title: input.title, quantity },
    });
    return { id: output.id };
  });
}
