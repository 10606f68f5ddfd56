// The beneficiary's own steps (issue 13): a self-registered facility is verified (or refused) by
// its xã official or the Trung tâm before it may be named in a plan or a đề án; a verified facility
// drafts and sends a support request (đề nghị hỗ trợ), which its xã or the Trung tâm takes into a
// yearly plan as a proposal, or refuses with a reason.
import { FacilityVerification, SupportRequestStatus } from '@/prisma/generated/client/enums';
import { decisionAt, defineLifecycle, tone } from './machine';

export const FACILITY_VERIFICATION_LIFECYCLE = defineLifecycle('Facility', FacilityVerification, {
  entity: 'đăng ký cơ sở',
  states: { PENDING: tone.warning('Chờ xác minh'), VERIFIED: tone.success('Đã xác minh'), REFUSED: tone.danger('Không xác minh') },
  events: decisionAt('PENDING', 'facility:verify', {
    verify: { to: 'VERIFIED', label: 'Xác minh cơ sở' },
    refuse: { to: 'REFUSED', label: 'Từ chối đăng ký', requiresReason: true },
  }),
});

/** A facility that registered itself and waits for its xã or the Trung tâm. */
export const FACILITY_PENDING: FacilityVerification = 'PENDING';
/** The only verification with which a facility may be named in a plan, a đề án or a support request. */
export const FACILITY_VERIFIED: FacilityVerification = FACILITY_VERIFICATION_LIFECYCLE.events.verify.to;
export const FACILITY_REFUSED: FacilityVerification = FACILITY_VERIFICATION_LIFECYCLE.events.refuse.to;

export function isFacilityVerified(facility: { verification: FacilityVerification }): boolean {
  return facility.verification === FACILITY_VERIFIED;
}

export const SUPPORT_REQUEST_LIFECYCLE = defineLifecycle('SupportRequest', SupportRequestStatus, {
  entity: 'đề nghị hỗ trợ',
  states: { DRAFT: tone.neutral('Đang soạn'), SENT: tone.neutral('Đã gửi, chờ xã/Trung tâm xem xét'), TAKEN: tone.success('Đã đưa vào kế hoạch'), REFUSED: tone.neutral('Không được đưa vào kế hoạch') },
  events: {
    send: { from: ['DRAFT'], to: 'SENT', permission: 'support-request:apply', label: 'Gửi đề nghị' },
    ...decisionAt('SENT', 'plan:register', {
      take: { to: 'TAKEN', label: 'Đưa vào kế hoạch' },
      refuse: { to: 'REFUSED', label: 'Không đưa vào kế hoạch', requiresReason: true },
    }),
  },
});

/** The facility may still change or delete its request. */
export const SUPPORT_REQUEST_EDITABLE: readonly SupportRequestStatus[] = ['DRAFT'];
/** Requests staff see: every one the facility has sent (drafts are the facility's own). */
export const SUPPORT_REQUEST_SENT_STATES: readonly SupportRequestStatus[] = ['SENT', 'TAKEN', 'REFUSED'];
/** Waiting for the xã or the Trung tâm. */
export const SUPPORT_REQUEST_AWAITING: readonly SupportRequestStatus[] = SUPPORT_REQUEST_LIFECYCLE.events.take.from;
export const SUPPORT_REQUEST_TAKEN: SupportRequestStatus = SUPPORT_REQUEST_LIFECYCLE.events.take.to;

/** Why an unverified facility cannot be named in a plan or a đề án (null when it can). */
export function unverifiedFacilityReason(facility: { name: string; verification: FacilityVerification }): string | null {
  if (isFacilityVerified(facility)) return null;
  return facility.verification === FACILITY_PENDING
    ? `Cơ sở “${facility.name}” tự đăng ký và chưa được UBND xã hoặc Trung tâm Khuyến công xác minh: chưa thể đưa vào kế hoạch hay đề án.`
    : `Đăng ký của cơ sở “${facility.name}” đã bị từ chối xác minh: không thể đưa vào kế hoạch hay đề án.`;
}

/** The status types, for pages and components that import them with the lifecycle. */
export type { FacilityVerification, SupportRequestStatus };
