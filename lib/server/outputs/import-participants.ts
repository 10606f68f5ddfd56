import 'server-only';
import { canRecordOutputs, parseParticipantRows, participantIssueText } from '@/lib/domain/project-outputs';
import type { Actor } from '@/lib/domain/roles';
import { auditSubject, recordAudit } from '../audit';
import { assertCan } from '../authz';
import { today } from '../dates';
import { db } from '../db';
import { AppError } from '../errors';
import { getOutputInScopeOrThrow } from './load-output';
import { readParticipantWorkbook } from './participant-excel';

const SHOWN_ISSUES = 10;

/**
 * Replaces a class's participant list with the rows of an uploaded Excel file: all or nothing.
 * Any bad row refuses the whole file, naming each row and column (up to ten, then how many more).
 */
export async function importParticipants(actor: Actor, input: { outputId: number; file: File }): Promise<{ participants: number }> {
  assertCan(actor, 'output:record');
  // The class first: a refusal of another province's (or xã's) class never depends on the file sent.
  await getOutputInScopeOrThrow(db, actor, input.outputId);
  const rows = await readParticipantWorkbook(Buffer.from(await input.file.arrayBuffer()), input.file.name);
  const { participants, issues } = parseParticipantRows(rows, today().getUTCFullYear());
  if (issues.length > 0) {
    const shown = issues.slice(0, SHOWN_ISSUES).map(participantIssueText);
    const more = issues.length > SHOWN_ISSUES ? ` … và ${issues.length - SHOWN_ISSUES} lỗi khác` : '';
    const message = `Chưa nhập được: tệp có ${issues.length} lỗi, không học viên nào được ghi. ${shown.join('; ')}${more}.`;
    throw new AppError('VALIDATION', message, { file: shown[0]! });
  }
  return db.$transaction(async (tx) => {
    const output = await getOutputInScopeOrThrow(tx, actor, input.outputId);
    if (output.kind !== 'TRAINING_CLASS') throw new AppError('VALIDATION', 'Chỉ lớp đào tạo, tập huấn có danh sách học viên.');
    if (!canRecordOutputs(actor, output.project.status)) throw new AppError('ILLEGAL_TRANSITION', 'Đề án không còn ở giai đoạn ghi kết quả thực hiện.');
    const replaced = await tx.trainingParticipant.deleteMany({ where: { outputId: output.id } });
    await tx.trainingParticipant.createMany({ data: participants.map((p) => ({ ...p, outputId: output.id })) });
    await recordAudit(tx, actor, {
      ...auditSubject('Project', output.project),
      event: 'importParticipants',
      data: { outputId: output.id, fileName: input.file.name, participants: participants.length, replaced: replaced.count },
    });
    return { participants: participants.length };
  });
}
