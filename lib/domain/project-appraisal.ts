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

export function criterionLabel(key: string): string {
  return APPRAISAL_CRITERIA.find((c) => c.key === key)?.label ?? key;
}

/** Labels of the criteria not met, in table order. */
export function unmetCriteria(checklist: Partial<Record<string, boolean>>): string[] {
  return APPRAISAL_CRITERIA.filter((c) => checklist[c.key] !== true).map((c) => c.label);
}
