// Kiểm tra, giám sát (seed 001 Điều 2.1d): an inspection is planned for the year, carried out with
// findings and recommendations, its recommendations followed up, then closed. A planned visit that
// will not happen is cancelled with a reason.
import { InspectionStatus } from '@/prisma/generated/client/enums';
import { defineLifecycle, type EventOf, tone, withPermission } from './machine';

export const INSPECTION_LIFECYCLE = defineLifecycle('Inspection', InspectionStatus, {
  entity: 'cuộc kiểm tra',
  states: {
    PLANNED: tone.info('Trong kế hoạch'),
    DONE: tone.warning('Đã kiểm tra'),
    FOLLOWED_UP: tone.success('Đã theo dõi kiến nghị'),
    CLOSED: tone.neutral('Đã kết thúc'),
    CANCELLED: tone.danger('Đã huỷ'),
  },
  events: withPermission('inspection:manage', {
    conduct: { from: ['PLANNED'], to: 'DONE', label: 'Ghi kết quả kiểm tra' },
    followUp: { from: ['DONE'], to: 'FOLLOWED_UP', label: 'Ghi nhận thực hiện kiến nghị' },
    close: { from: ['DONE', 'FOLLOWED_UP'], to: 'CLOSED', label: 'Kết thúc theo dõi' },
    cancel: { from: ['PLANNED'], to: 'CANCELLED', label: 'Huỷ cuộc kiểm tra', requiresReason: true },
  }),
});
export type InspectionEvent = EventOf<typeof INSPECTION_LIFECYCLE>;

export const INSPECTION_INITIAL_STATE: InspectionStatus = 'PLANNED';
/** Plan fields (title, date, team, đề án) may change only before the visit. */
export const INSPECTION_EDITABLE_STATES: readonly InspectionStatus[] = ['PLANNED'];
/** Inspections whose recommendations still wait for a follow-up. */
export const INSPECTION_OPEN_STATES: readonly InspectionStatus[] = ['PLANNED', 'DONE'];

/** The status types, for pages and components that import them with the lifecycle. */
export type { InspectionStatus };
