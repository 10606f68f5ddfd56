import 'server-only';
import { FACILITY_VERIFICATION_LIFECYCLE } from '@/lib/domain/lifecycle/beneficiary';
import type { Actor } from '@/lib/domain/roles';
import { facilityScope } from '@/lib/domain/scope';
import type { FacilityDecisionInput } from '@/lib/schemas/beneficiary';
import { assertCan, getInScopeOrThrow } from '../authz';
import { db } from '../db';
import { transition } from '../lifecycle/transition';
import { notifyUsers } from '../notifications/notify';

/**
 * The xã official (of the facility's own xã) or the Trung tâm verifies a self-registered facility,
 * or refuses it with a reason. Another xã's facility is not found.
 */
export async function decideFacilityRegistration(actor: Actor, input: FacilityDecisionInput): Promise<void> {
  assertCan(actor, 'facility:verify');
  await db.$transaction(async (tx) => {
    const facility = await getInScopeOrThrow(
      tx.facility.findFirst({ where: { AND: [facilityScope(actor), { id: input.facilityId }] }, include: { users: { select: { id: true } } } }),
      async () => (await tx.facility.count({ where: { id: input.facilityId } })) > 0,
      'cơ sở',
    );
    const refuse = input.decision === 'refuse';
    await transition(tx, actor, FACILITY_VERIFICATION_LIFECYCLE, { id: facility.id, status: facility.verification, provinceId: facility.provinceId }, input.decision, {
      reason: refuse ? input.reason : null,
      changes: { verificationNote: refuse ? input.reason : null },
    });
    await notifyUsers(
      tx,
      facility.users.map((u) => u.id),
      refuse
        ? { title: 'Đăng ký cơ sở chưa được xác minh', body: `Lý do: ${input.reason}`, link: '/' }
        : { title: 'Cơ sở đã được xác minh', body: 'Cơ sở có thể lập và gửi đề nghị hỗ trợ khuyến công.', link: '/de-nghi-ho-tro' },
    );
  });
}
