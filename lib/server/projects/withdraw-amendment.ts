import 'server-only';
import { AMENDMENT_LIFECYCLE } from '@/lib/domain/lifecycle/project';
import type { Actor } from '@/lib/domain/roles';
import type { AmendmentWithdrawInput } from '@/lib/schemas/project';
import { assertCan } from '../authz';
import { db } from '../db';
import { transition } from '../lifecycle/transition';
import { getAmendmentForWriteOrThrow, getProjectForWriteOrThrow } from './load-project';
import { notifyProject } from './notify-project';

/**
 * Rút đề nghị điều chỉnh: the Trung tâm takes back a request nobody has decided yet. The đề án keeps
 * its version; a new request may follow at once. The approver, who had it waiting, is told.
 */
export async function withdrawAmendment(actor: Actor, input: AmendmentWithdrawInput) {
  assertCan(actor, 'project:amend-request');
  return db.$transaction(async (tx) => {
    const amendment = await getAmendmentForWriteOrThrow(tx, actor, input.amendmentId);
    const project = await getProjectForWriteOrThrow(tx, actor, amendment.projectId);
    const status = await transition(tx, actor, AMENDMENT_LIFECYCLE, { ...amendment, provinceId: project.provinceId }, 'withdraw', {
      data: { projectId: project.id, fromVersion: amendment.fromVersion },
    });
    await notifyProject(tx, project, ['sct'], {
      title: `Đề án ${project.code}: đề nghị điều chỉnh đã được rút`,
      body: `Trung tâm Khuyến công đã rút đề nghị điều chỉnh từ phiên bản ${amendment.fromVersion} (lý do đề nghị: ${amendment.reason}). Không cần quyết định.`,
    });
    return { status };
  });
}
