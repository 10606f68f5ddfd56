// Cộng tác viên khuyến công (seed 001 Điều 2.1c): proposed per xã by Sở Công Thương, recognised by a
// decision (number and date), and ended when they stop working as collaborators.
import { CollaboratorStatus } from '@/prisma/generated/client/enums';
import { defineLifecycle, tone, withPermission } from './machine';

export const COLLABORATOR_LIFECYCLE = defineLifecycle('Collaborator', CollaboratorStatus, {
  entity: 'cộng tác viên',
  states: { PROPOSED: tone.info('Đề xuất'), APPROVED: tone.success('Đã công nhận'), ENDED: tone.neutral('Đã thôi') },
  events: withPermission('collaborator:approve', {
    approve: { from: ['PROPOSED'], to: 'APPROVED', label: 'Công nhận theo quyết định' },
    end: { from: ['PROPOSED', 'APPROVED'], to: 'ENDED', label: 'Thôi làm cộng tác viên', requiresReason: true },
  }),
});

export const COLLABORATOR_INITIAL_STATE: CollaboratorStatus = 'PROPOSED';
/** Only recognised collaborators have activities and support paid. */
export const COLLABORATOR_ACTIVE_STATES: readonly CollaboratorStatus[] = ['APPROVED'];

/** The status types, for pages and components that import them with the lifecycle. */
export type { CollaboratorStatus };
