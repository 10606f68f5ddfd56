// Programme lifecycle: a draft is prepared by Sở Công Thương / Trung tâm, approved by the UBND
// decision (recorded by SCT leadership) and closed at the end of the period. Changes to an approved
// programme do not move its status: they are ProgrammeAmendment rows.
import { ProgrammeStatus } from '@/prisma/generated/client/enums';
import { defineLifecycle, tone, withPermission } from './machine';

export const PROGRAMME_LIFECYCLE = defineLifecycle('Programme', ProgrammeStatus, {
  entity: 'chương trình',
  states: { DRAFT: tone.neutral('Dự thảo'), APPROVED: tone.success('Đã phê duyệt'), CLOSED: tone.info('Đã kết thúc') },
  events: withPermission('programme:approve', {
    approve: { from: ['DRAFT'], to: 'APPROVED', label: 'Phê duyệt chương trình' },
    close: { from: ['APPROVED'], to: 'CLOSED', label: 'Kết thúc chương trình', requiresReason: true },
  }),
});

/** States in which the targets may be changed (an approved programme only through an amendment). */
export const PROGRAMME_EDITABLE_STATES: readonly ProgrammeStatus[] = ['DRAFT', 'APPROVED'];

/**
 * Programmes whose targets plans and đề án may count toward: only an approved programme — a draft
 * (e.g. a proposed revision with the same item numbers) would leave the approved one at 0.
 */
export const PROGRAMME_TARGETABLE_STATES: readonly ProgrammeStatus[] = ['APPROVED'];

/** Whether a change needs a reason and is recorded as a ProgrammeAmendment rather than a plain audit row. */
export function changeIsAmendment(status: ProgrammeStatus): boolean {
  return status === 'APPROVED';
}

/** The status types, for pages and components that import them with the lifecycle. */
export type { ProgrammeStatus };
