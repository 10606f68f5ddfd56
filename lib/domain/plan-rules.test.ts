import { describe, expect, it } from 'vitest';
import { approvedSupportProblem, budgetCeilingProblem, planItemMoneyErrors, planSubmissionProblems, projectSupportFromItem, type SubmissionItem } from './plan-rules';

const ok = { totalCostVnd: 1_000_000_000n, requestedSupportVnd: 300_000_000n, counterpartVnd: 650_000_000n, otherFundingVnd: 50_000_000n };

function submission(over: Partial<SubmissionItem> = {}): SubmissionItem {
  return { sortOrder: 1, name: 'Máy dệt', contentCategoryId: 1, programmeTargetId: 2, targetQuantity: 1, ...ok, ...over };
}

describe('plan item money', () => {
  it('accepts an estimate whose sources add up to the total', () => {
    expect(planItemMoneyErrors(ok)).toEqual({});
    expect(planItemMoneyErrors({ totalCostVnd: 0n, requestedSupportVnd: 0n, counterpartVnd: 0n, otherFundingVnd: 0n })).toEqual({});
  });

  it('names the requested field when the support exceeds the total', () => {
    const errors = planItemMoneyErrors({ ...ok, requestedSupportVnd: 1_200_000_000n });
    expect(Object.keys(errors)).toEqual(['requestedSupportVnd']);
    expect(errors.requestedSupportVnd).toContain('không được lớn hơn tổng kinh phí');
  });

  it('names the total when the sources do not add up, with both figures', () => {
    const errors = planItemMoneyErrors({ ...ok, counterpartVnd: 600_000_000n });
    expect(errors.totalCostVnd).toBe('Tổng kinh phí (1.000.000.000\u00a0₫) phải bằng hỗ trợ đề nghị + vốn đối ứng + nguồn khác (950.000.000\u00a0₫)');
  });

  it('refuses negative amounts by field', () => {
    expect(planItemMoneyErrors({ ...ok, otherFundingVnd: -1n })).toEqual({ otherFundingVnd: 'Số tiền không được âm' });
  });
});

describe('what a plan needs before it is sent', () => {
  it('refuses an empty plan', () => {
    expect(planSubmissionProblems([])[0]).toContain('chưa có đề xuất nào');
  });

  it('names each proposal that lacks content, target, quantity or cost', () => {
    const problems = planSubmissionProblems([
      submission(),
      submission({ name: 'Hội chợ', programmeTargetId: null, totalCostVnd: 0n, requestedSupportVnd: 0n, counterpartVnd: 0n, otherFundingVnd: 0n }),
      submission({ name: 'Đào tạo', targetQuantity: null }),
    ]);
    expect(problems).toEqual([
      'Đề xuất 2 “Hội chợ”: chưa có chỉ tiêu chương trình, tổng kinh phí.',
      'Đề xuất 3 “Đào tạo”: chưa có số lượng theo chỉ tiêu.',
    ]);
  });

  it('repeats the money rule so a stale draft cannot slip through', () => {
    expect(planSubmissionProblems([submission({ counterpartVnd: 1n })])[0]).toContain('phải bằng');
  });
});

describe('budget appraisal', () => {
  const item = { name: 'Máy dệt', requestedSupportVnd: 300_000_000n };

  it('never approves more than requested', () => {
    expect(approvedSupportProblem(item, 300_000_001n, 'x')).toContain('không được cao hơn mức đề nghị');
    expect(approvedSupportProblem(item, 300_000_000n, null)).toBeNull();
  });

  it('asks why when approving less', () => {
    expect(approvedSupportProblem(item, 250_000_000n, ' ')).toContain('cần ghi ý kiến');
    expect(approvedSupportProblem(item, 250_000_000n, 'Cân đối ngân sách')).toBeNull();
  });

  it('refuses a total above the ceiling and says by how much', () => {
    expect(budgetCeilingProblem(1_000_000_000n, 1_000_000_000n)).toBeNull();
    expect(budgetCeilingProblem(1_200_000_000n, 1_000_000_000n)).toBe(
      'Tổng hỗ trợ được duyệt 1.200.000.000\u00a0₫ vượt trần kinh phí 1.000.000.000\u00a0₫ (vượt 200.000.000\u00a0₫). Giảm mức hỗ trợ trước khi thống nhất dự toán.',
    );
    expect(budgetCeilingProblem(1n, null)).toContain('Chưa nhập trần');
  });
});

describe('support of the đề án created from a proposal', () => {
  it('takes the approved amount for local funds and the request for national funds', () => {
    expect(projectSupportFromItem({ fundingLevel: 'KCDP', requestedSupportVnd: 300n, approvedSupportVnd: 250n })).toBe(250n);
    expect(projectSupportFromItem({ fundingLevel: 'KCQG', requestedSupportVnd: 300n, approvedSupportVnd: null })).toBe(300n);
    expect(() => projectSupportFromItem({ fundingLevel: 'KCDP', requestedSupportVnd: 300n, approvedSupportVnd: null })).toThrow();
  });
});
