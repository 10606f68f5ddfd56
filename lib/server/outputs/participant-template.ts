import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { assertCan } from '../authz';
import { db } from '../db';
import { getOutputInScopeOrThrow } from './load-output';
import { writeParticipantTemplate } from './participant-excel';

/** The empty participant list of a class, to fill in Excel and import back. */
export async function exportParticipantTemplate(actor: Actor, outputId: number): Promise<{ fileName: string; bytes: Buffer }> {
  assertCan(actor, 'project:read');
  const output = await getOutputInScopeOrThrow(db, actor, outputId);
  return { fileName: `danh-sach-hoc-vien-${output.project.code}.xlsx`.replace(/[^\w.-]+/g, '-'), bytes: await writeParticipantTemplate(output.title) };
}
