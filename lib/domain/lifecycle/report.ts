// Báo cáo định kỳ: drafted by the reporting unit (xã, implementing unit) and sent to Sở Công
// Thương, which returns it with a comment or accepts it; a returned report is corrected and resent.
import type { ReportStatus } from '@/prisma/generated/client/enums';
import { decisionAt, defineLifecycle, tone } from './machine';

export type { ReportStatus };

export type ReportEvent = 'submit' | 'return' | 'accept';

export const REPORT_LIFECYCLE = defineLifecycle<ReportStatus, ReportEvent, 'PeriodicReport'>({
  model: 'PeriodicReport',
  entity: 'báo cáo',
  states: { DRAFT: tone.neutral('Dự thảo'), SUBMITTED: tone.info('Đã gửi'), RETURNED: tone.warning('Bị trả lại'), ACCEPTED: tone.success('Đã chấp nhận') },
  events: {
    submit: { from: ['DRAFT', 'RETURNED'], to: 'SUBMITTED', permission: 'report:submit', label: 'Gửi báo cáo' },
    ...decisionAt('SUBMITTED', 'report:review', {
      return: { to: 'RETURNED', label: 'Trả lại', requiresReason: true },
      accept: { to: 'ACCEPTED', label: 'Chấp nhận' },
    }),
  },
});

/** Reports their unit may still edit. */
export const REPORT_EDITABLE_STATES: readonly ReportStatus[] = ['DRAFT', 'RETURNED'];
/** Reports that count as delivered for the period (a returned one does not, until resent). */
export const REPORT_SENT_STATES: readonly ReportStatus[] = ['SUBMITTED', 'ACCEPTED'];
