// Báo cáo định kỳ: drafted by the reporting unit (xã, implementing unit) and sent to Sở Công
// Thương, which returns it with a comment or accepts it; a returned report is corrected and resent.
// Until Sở Công Thương reviews it, the unit may take a sent report back to correct it.
import { ReportStatus } from '@/prisma/generated/client/enums';
import { decisionAt, defineLifecycle, type EventOf, tone } from './machine';

export const REPORT_LIFECYCLE = defineLifecycle('PeriodicReport', ReportStatus, {
  entity: 'báo cáo',
  states: { DRAFT: tone.neutral('Dự thảo'), SUBMITTED: tone.info('Đã gửi'), RETURNED: tone.warning('Bị trả lại'), ACCEPTED: tone.success('Đã chấp nhận') },
  events: {
    submit: { from: ['DRAFT', 'RETURNED'], to: 'SUBMITTED', permission: 'report:submit', label: 'Gửi báo cáo' },
    withdraw: { from: ['SUBMITTED'], to: 'DRAFT', permission: 'report:submit', label: 'Rút lại để sửa' },
    ...decisionAt('SUBMITTED', 'report:review', {
      return: { to: 'RETURNED', label: 'Trả lại', requiresReason: true },
      accept: { to: 'ACCEPTED', label: 'Chấp nhận' },
    }),
  },
});
export type ReportEvent = EventOf<typeof REPORT_LIFECYCLE>;

/** The reporting unit's own steps; the review steps are Sở Công Thương's, on the reports of other units. */
export const REPORT_AUTHOR_EVENTS: readonly ReportEvent[] = ['submit', 'withdraw'];

/** Reports their unit may still edit. */
export const REPORT_EDITABLE_STATES: readonly ReportStatus[] = ['DRAFT', 'RETURNED'];
/** Reports that count as delivered for the period (a returned one does not, until resent). */
export const REPORT_SENT_STATES: readonly ReportStatus[] = ['SUBMITTED', 'ACCEPTED'];
