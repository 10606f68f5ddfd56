// Per-đề án history (years before the portal) in the duplicate-support check: a facility listed
// with its MST in an imported đề án of the same content, in this or an earlier year, and not
// stopped, already received state support for it. Same wording as the live check; a warning only.
import type { DuplicateWarning, SupportRecord } from './duplicate-support';
import type { HistoryState } from './history-import';

export interface HistoricalSupport {
  id: number;
  name: string;
  year: number;
  state: HistoryState;
  contentCategoryId: number;
  contentCode: string;
  facilityTaxCode: string;
  decisionNumbers: string | null;
}

const STATE_WORDS: Record<HistoryState, string> = { APPROVED: 'đã phê duyệt', ACCEPTED: 'đã nghiệm thu', SETTLED: 'đã quyết toán', STOPPED: 'dừng thực hiện' };

export function findHistoricalDuplicates(current: Pick<SupportRecord, 'year' | 'contentCategoryId' | 'beneficiaries'>, history: readonly HistoricalSupport[]): DuplicateWarning[] {
  const warnings: DuplicateWarning[] = [];
  for (const h of history) {
    if (h.state === 'STOPPED' || h.year > current.year || h.contentCategoryId !== current.contentCategoryId) continue;
    const mine = current.beneficiaries.find((b) => b.taxCode.trim() === h.facilityTaxCode.trim());
    if (!mine) continue;
    const decision = h.decisionNumbers ? `, QĐ ${h.decisionNumbers}` : '';
    warnings.push({
      taxCode: mine.taxCode,
      facilityName: mine.facilityName,
      reason: 'SAME_CONTENT',
      historical: true,
      // The status of a live đề án at the same point, so the card can treat both alike.
      other: { projectId: h.id, code: `Lịch sử ${h.year}`, name: h.name, year: h.year, status: h.state },
      message: `Cơ sở ${mine.facilityName} (MST ${mine.taxCode}) đã được hỗ trợ cùng nội dung ${h.contentCode} trong đề án "${h.name}" (năm ${h.year}, ${STATE_WORDS[h.state]}${decision}; dữ liệu lịch sử).`,
    });
  }
  return warnings.sort((a, b) => a.other.year - b.other.year);
}
