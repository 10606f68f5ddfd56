import 'server-only';
import { EMAIL_STATUS } from '@/lib/domain/mail';
import type { Actor } from '@/lib/domain/roles';
import { recordAudit } from '../audit';
import { assertCan, getInScopeOrThrow } from '../authz';
import { now as clockNow } from '../clock';
import { db } from '../db';
import { AppError } from '../errors';
import { adminProvinceOf } from '../users/user-access';

/** The admin sends a failed (or held) email again once the cause is fixed: a fresh round of attempts. */
export async function retryEmail(actor: Actor, emailId: number, now = clockNow()) {
  assertCan(actor, 'system:monitor');
  const provinceId = adminProvinceOf(actor);
  return db.$transaction(async (tx) => {
    // Another province's email is "not found" (and audited as a denied attempt), not "cannot be retried".
    await getInScopeOrThrow(
      tx.outboundEmail.findFirst({ where: { id: emailId, user: { provinceId } }, select: { id: true } }),
      async () => (await tx.outboundEmail.count({ where: { id: emailId } })) > 0,
      'thư',
    );
    const changed = await tx.outboundEmail.updateMany({
      where: { id: emailId, delivery: { in: [EMAIL_STATUS.failed, EMAIL_STATUS.held] }, user: { provinceId } },
      data: { delivery: EMAIL_STATUS.queued, attempts: 0, nextAttemptAt: now },
    });
    if (changed.count === 0) throw new AppError('CONFLICT', 'Thư này không ở trạng thái gửi lại được. Tải lại trang để xem trạng thái mới.');
    await recordAudit(tx, actor, { entityType: 'OutboundEmail', entityId: emailId, provinceId, event: 'retryEmail', toStatus: EMAIL_STATUS.queued });
  });
}
