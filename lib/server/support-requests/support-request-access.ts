import 'server-only';
import { isFacilityVerified, unverifiedFacilityReason } from '@/lib/domain/lifecycle/beneficiary';
import { ROUND_REGISTRATION_STATES } from '@/lib/domain/lifecycle/plan';
import type { Actor } from '@/lib/domain/roles';
import { supportRequestScope } from '@/lib/domain/scope';
import { getInScopeOrThrow } from '../authz';
import { db, type Tx } from '../db';
import { today } from '../dates';
import { AppError, forbiddenError } from '../errors';
import { adminUnitLabel } from '../admin-unit-label';

type Client = Tx | typeof db;

/** One support request through the actor's scope (a facility: its own; a xã: sent from the xã); otherwise not found. */
export function getSupportRequestInScopeOrThrow(actor: Actor, requestId: number, client: Client = db) {
  return getInScopeOrThrow(
    client.supportRequest.findFirst({
      where: { AND: [supportRequestScope(actor), { id: requestId }] },
      include: {
        facility: { select: { id: true, name: true, taxCode: true, address: true, adminUnitId: true, verification: true, users: { select: { id: true } } } },
        contentCategory: { select: { id: true, code: true, name: true } },
        adminUnit: adminUnitLabel,
        planItem: { select: { id: true, annualPlanId: true, annualPlan: { select: { year: true, organization: { select: { name: true } } } } } },
      },
    }),
    async () => (await client.supportRequest.count({ where: { id: requestId } })) > 0,
    'đề nghị hỗ trợ',
  );
}

/** The signed-in facility, which must be verified to apply. */
export async function getApplyingFacilityOrThrow(actor: Actor, client: Client = db) {
  if (!actor.facilityId) throw forbiddenError('Tài khoản chưa gắn với cơ sở nào.');
  const facility = await client.facility.findUnique({ where: { id: actor.facilityId } });
  if (!facility || facility.provinceId !== actor.provinceId) throw forbiddenError('Tài khoản chưa gắn với cơ sở nào.');
  if (!isFacilityVerified(facility)) throw new AppError('FORBIDDEN', unverifiedFacilityReason(facility) ?? 'Cơ sở chưa được xác minh.');
  return facility;
}

/** The year a request is for: the round open for registration, else next year. */
export async function requestYear(provinceId: number, client: Client = db): Promise<number> {
  const round = await client.consolidatedPlan.findFirst({ where: { provinceId, status: { in: [...ROUND_REGISTRATION_STATES] } }, orderBy: { year: 'desc' }, select: { year: true } });
  return round?.year ?? today().getUTCFullYear() + 1;
}
