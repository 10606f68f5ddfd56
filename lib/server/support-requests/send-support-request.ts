import 'server-only';
import { SUPPORT_REQUEST_LIFECYCLE } from '@/lib/domain/lifecycle/beneficiary';
import { formatVnd } from '@/lib/domain/money';
import type { Actor } from '@/lib/domain/roles';
import { assertCan } from '../authz';
import { now } from '../clock';
import { db } from '../db';
import { transition } from '../lifecycle/transition';
import { notifyRoles } from '../notifications/notify';
import { getApplyingFacilityOrThrow, getSupportRequestInScopeOrThrow } from './support-request-access';

/** The facility sends its draft to its xã (and the Trung tâm), who take it into a plan or refuse it. */
export async function sendSupportRequest(actor: Actor, requestId: number): Promise<void> {
  assertCan(actor, 'support-request:apply');
  await getApplyingFacilityOrThrow(actor);
  await db.$transaction(async (tx) => {
    const request = await getSupportRequestInScopeOrThrow(actor, requestId, tx);
    await transition(tx, actor, SUPPORT_REQUEST_LIFECYCLE, request, 'send', { changes: { sentAt: now() } });
    const notice = {
      title: `Đề nghị hỗ trợ mới: ${request.facility.name}`,
      body: `${request.title} — đề nghị hỗ trợ ${formatVnd(request.requestedSupportVnd)}. Xem xét đưa vào kế hoạch năm ${request.year}.`,
      link: `/de-nghi-ho-tro/${request.id}`,
    };
    await notifyRoles(tx, { provinceId: request.provinceId, roles: ['XA_OFFICER'], adminUnitId: request.adminUnitId }, notice);
  });
}
