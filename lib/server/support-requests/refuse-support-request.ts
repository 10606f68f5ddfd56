import 'server-only';
import { SUPPORT_REQUEST_LIFECYCLE } from '@/lib/domain/lifecycle/beneficiary';
import type { Actor } from '@/lib/domain/roles';
import { assertCan } from '../authz';
import { db } from '../db';
import { transition } from '../lifecycle/transition';
import { notifyUsers } from '../notifications/notify';
import { getSupportRequestInScopeOrThrow } from './support-request-access';

/** The xã or the Trung tâm does not take a sent request into a plan, and says why. */
export async function refuseSupportRequest(actor: Actor, input: { requestId: number; reason: string }): Promise<void> {
  assertCan(actor, 'plan:register');
  await db.$transaction(async (tx) => {
    const request = await getSupportRequestInScopeOrThrow(actor, input.requestId, tx);
    await transition(tx, actor, SUPPORT_REQUEST_LIFECYCLE, request, 'refuse', { reason: input.reason, changes: { refusalReason: input.reason } });
    await notifyUsers(
      tx,
      request.facility.users.map((u) => u.id),
      { title: 'Đề nghị hỗ trợ không được đưa vào kế hoạch', body: `“${request.title}”. Lý do: ${input.reason}`, link: `/de-nghi-ho-tro/${request.id}` },
    );
  });
}
