// Rules of the yearly plan that need no database: the money of a proposal, what a plan must hold
// before it is sent, the budget appraisal and what a đề án inherits from its proposal.
// Messages are Vietnamese and name the field or the row, because people read them as they are.
import type { ProgrammeLevel } from '@/prisma/generated/client/enums';
import { formatVnd, type Vnd } from './money';

export interface PlanItemMoney {
  totalCostVnd: Vnd;
  requestedSupportVnd: Vnd;
  counterpartVnd: Vnd;
  otherFundingVnd: Vnd;
}

/**
 * The largest amount one proposal may carry (1.000 tỷ đồng): far above any spending norm (the
 * largest, cluster infrastructure, is 6 tỷ), so only a typing slip (999.999.999.999.999) reaches it.
 */
export const MAX_PROPOSAL_VND = 1_000_000_000_000n;

export type PlanItemMoneyErrors = Partial<Record<keyof PlanItemMoney, string>>;

/**
 * The estimate must add up: total = requested support + counterpart + other co-funding, so the
 * support can never exceed the total. Amounts are non-negative by construction (parseVnd).
 * A draft may still be all zero; `planSubmissionProblems` asks for a cost before sending.
 */
export function planItemMoneyErrors(m: PlanItemMoney): PlanItemMoneyErrors {
  const errors: PlanItemMoneyErrors = {};
  const fields: (keyof PlanItemMoney)[] = ['totalCostVnd', 'requestedSupportVnd', 'counterpartVnd', 'otherFundingVnd'];
  for (const field of fields) {
    if (m[field] < 0n) errors[field] = 'Số tiền không được âm';
    else if (m[field] > MAX_PROPOSAL_VND) errors[field] = `Số tiền ${formatVnd(m[field])} vượt quá mức tối đa của một đề xuất (${formatVnd(MAX_PROPOSAL_VND)}): kiểm tra lại số chữ số`;
  }
  if (Object.keys(errors).length) return errors;
  if (m.requestedSupportVnd > m.totalCostVnd) {
    errors.requestedSupportVnd = `Kinh phí đề nghị hỗ trợ (${formatVnd(m.requestedSupportVnd)}) không được lớn hơn tổng kinh phí (${formatVnd(m.totalCostVnd)})`;
    return errors;
  }
  const sources = m.requestedSupportVnd + m.counterpartVnd + m.otherFundingVnd;
  if (sources !== m.totalCostVnd) {
    errors.totalCostVnd = `Tổng kinh phí (${formatVnd(m.totalCostVnd)}) phải bằng hỗ trợ đề nghị + vốn đối ứng + nguồn khác (${formatVnd(sources)})`;
  }
  return errors;
}

export interface SubmissionItem extends PlanItemMoney {
  sortOrder: number;
  name: string;
  contentCategoryId: number | null;
  programmeTargetId: number | null;
  targetQuantity: number | null;
}

/** What stops a plan from being sent, one line per problem, naming the proposal. Empty = may be sent. */
export function planSubmissionProblems(items: readonly SubmissionItem[]): string[] {
  if (items.length === 0) return ['Kế hoạch chưa có đề xuất nào. Thêm ít nhất một đề án đề xuất trước khi gửi.'];
  const problems: string[] = [];
  items.forEach((item, index) => {
    const where = `Đề xuất ${index + 1} “${item.name}”`;
    const missing: string[] = [];
    if (!item.contentCategoryId) missing.push('nội dung hoạt động');
    if (!item.programmeTargetId) missing.push('chỉ tiêu chương trình');
    else if (!item.targetQuantity || item.targetQuantity <= 0) missing.push('số lượng theo chỉ tiêu');
    if (item.totalCostVnd <= 0n) missing.push('tổng kinh phí');
    if (missing.length) problems.push(`${where}: chưa có ${missing.join(', ')}.`);
    const moneyErrors = Object.values(planItemMoneyErrors(item));
    if (item.totalCostVnd > 0n && moneyErrors.length) problems.push(`${where}: ${moneyErrors.join('; ')}.`);
  });
  return problems;
}

/**
 * Sở Tài chính's amount for one KCĐP proposal: never above what was requested; a lower amount
 * needs a comment saying why. Returns the message to show, or null when acceptable.
 */
export function approvedSupportProblem(item: { name: string; requestedSupportVnd: Vnd }, approvedVnd: Vnd, comment: string | null | undefined): string | null {
  if (approvedVnd < 0n) return `“${item.name}”: mức hỗ trợ được duyệt không được âm.`;
  if (approvedVnd > item.requestedSupportVnd) {
    return `“${item.name}”: mức hỗ trợ được duyệt (${formatVnd(approvedVnd)}) không được cao hơn mức đề nghị (${formatVnd(item.requestedSupportVnd)}).`;
  }
  if (approvedVnd < item.requestedSupportVnd && !comment?.trim()) {
    return `“${item.name}”: duyệt thấp hơn mức đề nghị cần ghi ý kiến (lý do điều chỉnh).`;
  }
  return null;
}

/** The budget may be agreed only within the year's ceiling; the message carries the numbers. */
export function budgetCeilingProblem(approvedTotalVnd: Vnd, ceilingVnd: Vnd | null): string | null {
  if (ceilingVnd === null) return 'Chưa nhập trần kinh phí khuyến công địa phương của năm.';
  if (approvedTotalVnd <= ceilingVnd) return null;
  return `Tổng hỗ trợ được duyệt ${formatVnd(approvedTotalVnd)} vượt trần kinh phí ${formatVnd(ceilingVnd)} (vượt ${formatVnd(approvedTotalVnd - ceilingVnd)}). Giảm mức hỗ trợ trước khi thống nhất dự toán.`;
}

/**
 * Support a đề án created from the plan starts with. KCĐP: the amount Sở Tài chính approved.
 * KCQG: the amount requested — the ministry, not the city, sets national funding, so the portal
 * keeps the request until the ministry's own decision is recorded on the đề án
 * (docs/decisions/0004-annual-plan-workflow.md).
 */
export function projectSupportFromItem(item: { fundingLevel: ProgrammeLevel; requestedSupportVnd: Vnd; approvedSupportVnd: Vnd | null }): Vnd {
  if (item.fundingLevel === 'KCQG') return item.requestedSupportVnd;
  if (item.approvedSupportVnd === null) throw new Error('A KCĐP proposal reached the decision without an approved amount');
  return item.approvedSupportVnd;
}
