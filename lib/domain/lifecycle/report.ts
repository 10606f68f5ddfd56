// Báo cáo định kỳ: drafted by the reporting unit and sent once; a sent report is final.
import type { ReportStatus } from '@/prisma/generated/client/enums';
import { defineLifecycle } from './machine';

export type { ReportStatus };

export type ReportEvent = 'submit';

export const REPORT_LIFECYCLE = defineLifecycle<ReportStatus, ReportEvent, 'PeriodicReport'>({
  model: 'PeriodicReport',
  entity: 'báo cáo',
  statusLabels: { DRAFT: 'Dự thảo', SUBMITTED: 'Đã gửi' },
  events: {
    submit: { from: ['DRAFT'], to: 'SUBMITTED', permission: 'report:submit', label: 'Gửi báo cáo' },
  },
});

/** Reports their unit may still edit. */
export const REPORT_EDITABLE_STATES: readonly ReportStatus[] = ['DRAFT'];
/** Reports that count as delivered for the period. */
export const REPORT_SENT_STATES: readonly ReportStatus[] = ['SUBMITTED'];
