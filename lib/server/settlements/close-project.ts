import 'server-only';
import { PROJECT_LIFECYCLE } from '@/lib/domain/lifecycle/project';
import type { Actor } from '@/lib/domain/roles';
import type { CloseProjectInput } from '@/lib/schemas/settlement';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError } from '../errors';
import { findMoneyPosition } from '../payments/find-money-position';
import { lockProjectForPayment } from '../payments/payment-limit-guard';
import { getProjectForWriteOrThrow } from '../projects/load-project';
import { transition } from '../lifecycle/transition';

/** Đóng hồ sơ: a settled đề án whose money still balances is closed; nothing moves on it after. */
export async function closeProject(actor: Actor, input: CloseProjectInput) {
  assertCan(actor, 'settlement:approve');
  return db.$transaction(async (tx) => {
    await lockProjectForPayment(tx, input.projectId);
    const project = await getProjectForWriteOrThrow(tx, actor, input.projectId);
    if (!(await findMoneyPosition(tx, project.id)).settled) throw new AppError('CONFLICT', 'Số liệu quyết toán không còn cân đối; không thể đóng hồ sơ.');
    return { status: await transition(tx, actor, PROJECT_LIFECYCLE, project, 'close') };
  });
}
