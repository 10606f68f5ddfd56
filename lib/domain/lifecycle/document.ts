// Review of one document of an acceptance dossier. A document is never deleted: a wrong file is
// WITHDRAWN, a replaced one SUPERSEDED (kept as the previous version); both leave the serving path.
// Documents outside an acceptance dossier stay UPLOADED.
import { DocumentReview } from '@/prisma/generated/client/enums';
import { decisionAt, defineLifecycle, tone } from './machine';

export const DOCUMENT_REVIEW_LIFECYCLE = defineLifecycle('Document', DocumentReview, {
  entity: 'tài liệu',
  states: {
    UPLOADED: tone.neutral('Chưa nộp'),
    HANDED_IN: tone.warning('Đã nộp, chờ xem xét'),
    ACCEPTED: tone.success('Đã chấp nhận'),
    REPLACEMENT_REQUESTED: tone.danger('Cần thay thế'),
    WITHDRAWN: tone.neutral('Đã rút'),
    SUPERSEDED: tone.neutral('Phiên bản trước'),
  },
  events: {
    handIn: { from: ['UPLOADED'], to: 'HANDED_IN', permission: 'acceptance:upload-dossier', label: 'Nộp tài liệu' },
    ...decisionAt('HANDED_IN', 'acceptance:manage', {
      accept: { to: 'ACCEPTED', label: 'Chấp nhận tài liệu' },
      requestReplacement: { to: 'REPLACEMENT_REQUESTED', label: 'Yêu cầu thay thế', requiresReason: true },
    }),
    withdraw: { from: ['UPLOADED', 'REPLACEMENT_REQUESTED'], to: 'WITHDRAWN', permission: 'acceptance:upload-dossier', label: 'Rút tài liệu' },
    supersede: { from: ['UPLOADED', 'REPLACEMENT_REQUESTED'], to: 'SUPERSEDED', permission: 'acceptance:upload-dossier', label: 'Thay thế tài liệu' },
    // "Xoá" of a draft đề án's dossier document: the row stays (withdrawn), its file moves aside.
    remove: { from: ['UPLOADED'], to: 'WITHDRAWN', permission: 'project:edit', label: 'Xoá tài liệu khỏi hồ sơ' },
    // A facility takes a wrong attachment off its draft support request (row and file kept).
    detach: { from: ['UPLOADED'], to: 'WITHDRAWN', permission: 'support-request:apply', label: 'Rút tệp đính kèm' },
  },
});

/** Documents that count and may be downloaded: not withdrawn, not an earlier version. */
export const DOCUMENT_SERVED_STATES: readonly DocumentReview[] = ['UPLOADED', 'HANDED_IN', 'ACCEPTED', 'REPLACEMENT_REQUESTED'];

/** Out of the serving path, kept for the record. */
export const DOCUMENT_RETIRED_STATES: readonly DocumentReview[] = ['WITHDRAWN', 'SUPERSEDED'];

/** The beneficiary may still take back or replace the file. */
export const DOCUMENT_CHANGEABLE_STATES: readonly DocumentReview[] = DOCUMENT_REVIEW_LIFECYCLE.events.withdraw.from;

export const DOCUMENT_AWAITING_REVIEW_STATES: readonly DocumentReview[] = DOCUMENT_REVIEW_LIFECYCLE.events.accept.from;

export const DOCUMENT_REVIEW_PROBLEM_STATES: readonly DocumentReview[] = [DOCUMENT_REVIEW_LIFECYCLE.events.requestReplacement.to];

export const DOCUMENT_ACCEPTED_STATES: readonly DocumentReview[] = [DOCUMENT_REVIEW_LIFECYCLE.events.accept.to];

/** The status types, for pages and components that import them with the lifecycle. */
export type { DocumentReview };
