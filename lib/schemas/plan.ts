// Forms of the yearly plan (kế hoạch khuyến công năm), shared by react-hook-form and the server.
// Money fields arrive as typed text ("1.500.000") and leave as bigint đồng.
import { z } from './z';
import { PLAN_ITEM_RETURNED_REVIEW, PLAN_ITEM_REVIEW_DECISIONS, PLAN_ITEM_REVIEW_EVENT, PLAN_ITEM_REVIEW_LIFECYCLE } from '@/lib/domain/lifecycle/plan';
import { planItemMoneyErrors } from '@/lib/domain/plan-rules';
import { dateInput, decisionSchema } from './decision';
import { vndInput, vndOrZero } from './money';
import { taxCodeSchema } from './tax-code';
import { optionalPlainText, recordId, requiredReason } from './fields';


const id = recordId;
/** A select or number field that may be left empty: '' → null. */
const optionalInt = (message: string) =>
  z.preprocess((v) => (v === '' || v === null || v === undefined ? null : v), z.coerce.number({ message }).int(message).positive(message).nullable());
const optionalText = optionalPlainText;

const year = z.coerce.number({ message: 'Nhập năm kế hoạch' }).int('Năm không hợp lệ').min(2020, 'Năm không hợp lệ').max(2100, 'Năm không hợp lệ');

export const yearSchema = z.object({ year });

export const openRoundSchema = z.object({
  year,
  title: z.string().trim().min(1, 'Nhập tên đợt đăng ký').max(300),
  deadline: dateInput,
  instructions: optionalText(5000),
});
export type OpenRoundInput = z.infer<typeof openRoundSchema>;

export const roundEventSchema = z.object({ year, reason: optionalText(2000) });
export type RoundEventInput = z.infer<typeof roundEventSchema>;

/** Sở Tài chính returning the plan to the SCT: the reason is required (the lifecycle asks for one). */
export const returnBudgetSchema = z.object({ year, reason: requiredReason('Nhập lý do trả lại') });

export const reopenRoundSchema = z.object({
  year,
  reason: requiredReason('Nhập lý do mở lại'),
  deadline: dateInput,
});
export type ReopenRoundInput = z.infer<typeof reopenRoundSchema>;

export const planIdSchema = z.object({ planId: id('Thiếu mã kế hoạch') });
export const planItemIdSchema = z.object({ itemId: id('Thiếu mã đề xuất') });

export const planItemSchema = z
  .object({
    planId: id('Thiếu mã kế hoạch'),
    itemId: optionalInt('Mã đề xuất không hợp lệ'),
    name: z.string().trim().min(1, 'Nhập tên đề án').max(500, 'Tên đề án tối đa 500 ký tự'),
    contentCategoryId: id('Chọn nội dung hoạt động khuyến công'),
    programmeTargetId: optionalInt('Chỉ tiêu không hợp lệ'),
    targetQuantity: optionalInt('Số lượng phải là số nguyên dương'),
    fundingLevel: z.enum(['KCQG', 'KCDP'], { message: 'Chọn nguồn kinh phí (KCQG hoặc KCĐP)' }),
    adminUnitId: optionalInt('Chọn xã/phường/đặc khu'),
    place: optionalText(500),
    expectedOutputs: optionalText(2000),
    totalCostVnd: vndInput('Nhập tổng kinh phí'),
    requestedSupportVnd: vndInput('Nhập kinh phí đề nghị hỗ trợ'),
    counterpartVnd: vndOrZero,
    otherFundingVnd: vndOrZero,
    facilityIds: z.array(z.coerce.number().int().positive()).max(100, 'Tối đa 100 cơ sở thụ hưởng').default([]),
  })
  .superRefine((item, ctx) => {
    for (const [field, message] of Object.entries(planItemMoneyErrors(item))) ctx.addIssue({ code: 'custom', path: [field], message });
  });
export type PlanItemInput = z.infer<typeof planItemSchema>;
export type PlanItemFormValues = z.input<typeof planItemSchema>;

export const LEGAL_FORMS = ['DNNVV', 'HTX', 'LIEN_HIEP_HTX', 'TO_HOP_TAC', 'HO_KINH_DOANH'] as const;

export const planFacilitySchema = z.object({
  planId: id('Thiếu mã kế hoạch'),
  name: z.string().trim().min(1, 'Nhập tên cơ sở').max(300),
  legalForm: z.enum(LEGAL_FORMS, { message: 'Chọn loại hình cơ sở' }),
  taxCode: taxCodeSchema,
  adminUnitId: id('Chọn xã/phường/đặc khu của cơ sở'),
  address: optionalText(500),
});
export type PlanFacilityInput = z.infer<typeof planFacilitySchema>;
export type PlanFacilityFormValues = z.input<typeof planFacilitySchema>;

export const reviewItemSchema = z
  .object({
    itemId: id('Thiếu mã đề xuất'),
    decision: z.enum(PLAN_ITEM_REVIEW_DECISIONS, { message: 'Chọn kết quả xem xét' }),
    comment: optionalText(2000),
  })
  .superRefine((value, ctx) => {
    if (PLAN_ITEM_REVIEW_LIFECYCLE.events[PLAN_ITEM_REVIEW_EVENT[value.decision]].requiresReason && !value.comment) {
      const message = value.decision === PLAN_ITEM_RETURNED_REVIEW ? 'Nhập nội dung cần chỉnh sửa' : 'Nhập lý do không chấp nhận';
      ctx.addIssue({ code: 'custom', path: ['comment'], message });
    }
  });
export type ReviewItemInput = z.infer<typeof reviewItemSchema>;

export const returnPlanSchema = z.object({
  planId: id('Thiếu mã kế hoạch'),
  reason: requiredReason('Nhập ý kiến trả lại'),
});
export type ReturnPlanInput = z.infer<typeof returnPlanSchema>;

export const budgetAppraisalSchema = z.object({
  year,
  budgetCeilingVnd: vndInput('Nhập trần kinh phí khuyến công địa phương'),
  items: z
    .array(
      z.object({
        itemId: id('Thiếu mã đề xuất'),
        approvedSupportVnd: vndInput('Nhập mức hỗ trợ được duyệt'),
        comment: optionalText(1000),
      }),
    )
    .max(2000),
});
export type BudgetAppraisalInput = z.infer<typeof budgetAppraisalSchema>;
export type BudgetAppraisalFormValues = z.input<typeof budgetAppraisalSchema>;

/** The UBND decision approving the plan: the register's fields plus the year (the file travels beside). */
export const planDecisionSchema = decisionSchema.extend({ year });
export type PlanDecisionFormValues = z.input<typeof planDecisionSchema>;

/** Server side of the decision form: a multipart body, the signed decision file required. */
export const planDecisionUploadSchema = planDecisionSchema.extend({
  file: z.instanceof(File, { message: 'Chọn tệp quyết định (PDF hoặc ảnh)' }),
});
export type PlanDecisionUploadInput = z.infer<typeof planDecisionUploadSchema>;

/** Ngoại lệ mức chi of a proposal (as normExceptionSchema for a đề án). */
export const planItemNormExceptionSchema = z.object({
  itemId: id('Thiếu mã đề xuất'),
  note: z.string().trim().min(10, 'Nêu rõ căn cứ chấp thuận vượt mức chi (ít nhất 10 ký tự)').max(2000),
});
export type PlanItemNormExceptionInput = z.infer<typeof planItemNormExceptionSchema>;

/** What the proposal form sends while typing, for the norm and duplicate check (incomplete forms pass). */
export const planItemCheckSchema = z.object({
  planId: id('Thiếu mã kế hoạch'),
  itemId: optionalInt('Mã đề xuất không hợp lệ'),
  name: z.string().trim().max(500).default(''),
  contentCategoryId: optionalInt('Chọn nội dung hoạt động khuyến công'),
  fundingLevel: z.enum(['KCQG', 'KCDP']).catch('KCDP'),
  totalCostVnd: vndOrZero.catch(0n),
  requestedSupportVnd: vndOrZero.catch(0n),
  facilityIds: z.array(z.coerce.number().int().positive()).max(100).default([]),
});
export type PlanItemCheckInput = z.infer<typeof planItemCheckSchema>;
export type PlanItemCheckValues = z.input<typeof planItemCheckSchema>;
