// Thẩm định đề án: the five criteria of DOMAIN.md "The yearly cycle", step 3. A đề án passes only
// when every criterion is met; the council's recommended amount then bounds the approval
// (approved ≤ recommended ≤ state support requested).

export const APPRAISAL_CRITERIA = [
  { key: 'fitsProgramme', label: 'Phù hợp với chương trình, kế hoạch khuyến công và quy định hiện hành' },
  { key: 'efficient', label: 'Hiệu quả kinh tế - xã hội, tính lan toả' },
  { key: 'capable', label: 'Năng lực của đơn vị thực hiện và cơ sở thụ hưởng' },
  { key: 'noDoubleFunding', label: 'Lồng ghép với chương trình khác, không trùng lặp hỗ trợ' },
  { key: 'completeDossier', label: 'Hồ sơ đầy đủ, hợp lệ' },
] as const;

export type AppraisalCriterion = (typeof APPRAISAL_CRITERIA)[number]['key'];
export type AppraisalChecklist = Record<AppraisalCriterion, boolean>;

export interface CriterionResult {
  key: AppraisalCriterion;
  label: string;
  /** null: the stored checklist says nothing about this criterion. */
  met: boolean | null;
}

/**
 * A stored checklist (JSON { key: met }) read against the criteria defined above, in table order.
 * Keys this code does not define are never shown (they would surface as raw English words); they
 * are counted so a page can say that the record holds something it cannot read.
 */
export function readAppraisalChecklist(stored: unknown): { criteria: CriterionResult[]; unknownKeys: number } {
  const record = stored !== null && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const known = new Set<string>(APPRAISAL_CRITERIA.map((c) => c.key));
  return {
    criteria: APPRAISAL_CRITERIA.map((c) => ({ key: c.key, label: c.label, met: typeof record[c.key] === 'boolean' ? (record[c.key] as boolean) : null })),
    unknownKeys: Object.keys(record).filter((k) => !known.has(k)).length,
  };
}

/** Labels of the criteria not met, in table order. */
export function unmetCriteria(checklist: Partial<Record<string, boolean>>): string[] {
  return APPRAISAL_CRITERIA.filter((c) => checklist[c.key] !== true).map((c) => c.label);
}
