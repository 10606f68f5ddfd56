// Cuộc bình chọn sản phẩm CNNT tiêu biểu: Sở Công Thương drafts a round, opens it for entries
// (xã forward their facilities' products), closes entries for the council to score, and publishes
// the results (ranks, certificates). A published round is final: it counts toward its programme target.
import { ContestLevel, ContestRoundStatus } from '@/prisma/generated/client/enums';
import { defineLifecycle, tone, withPermission } from './machine';


export const CONTEST_ROUND_LIFECYCLE = defineLifecycle('ContestRound', ContestRoundStatus, {
  entity: 'cuộc bình chọn',
  states: { DRAFT: tone.neutral('Dự thảo'), OPEN: tone.info('Đang nhận sản phẩm'), SCORING: tone.warning('Hội đồng đang chấm điểm'), PUBLISHED: tone.success('Đã công bố kết quả') },
  events: withPermission('contest:manage', {
    open: { from: ['DRAFT'], to: 'OPEN', label: 'Mở nhận sản phẩm' },
    startScoring: { from: ['OPEN'], to: 'SCORING', label: 'Chuyển hội đồng chấm điểm' },
    publish: { from: ['SCORING'], to: 'PUBLISHED', label: 'Công bố kết quả' },
  }),
});

/** Rounds whose setup (criteria, council, winners count) may still change. */
export const CONTEST_EDITABLE_STATES: readonly ContestRoundStatus[] = ['DRAFT', 'OPEN'];
/** Rounds accepting entries from the xã (or forwarded winners of a lower round). */
export const CONTEST_ENTRY_STATES: readonly ContestRoundStatus[] = ['OPEN'];
/** Rounds the council scores. */
export const CONTEST_SCORING_STATES: readonly ContestRoundStatus[] = ['SCORING'];
/** Rounds whose results are public and final. */
export const CONTEST_PUBLISHED_STATES: readonly ContestRoundStatus[] = ['PUBLISHED'];
/** Rounds that receive forwarded winners (not yet scoring). */
export const CONTEST_RECEIVING_STATES: readonly ContestRoundStatus[] = ['DRAFT', 'OPEN'];
