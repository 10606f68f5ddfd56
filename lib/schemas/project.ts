// Đề án forms: one schema per form, shared by react-hook-form (zodResolver) and the server action.
// Inputs arrive as strings from forms; money becomes bigint whole đồng through parseVnd.
import { z } from './z';
import { dateInput, decisionSchema } from './decision';
import { optionalVnd, vndInput, vndOrZero } from './money';

/** Optional date: '' → null. */
export const optionalDate = z.preprocess((v) => (v === '' || v === undefined ? null : v), dateInput.nullable());

/** Optional id from a <select>: '' → null. */
export const optionalId = z.preprocess(
  (v) => (v === '' || v === undefined ? null : v),
  z.coerce.number().int().positive().nullable(),
);

const id = z.coerce.number().int().positive();
const text = (max: number) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), z.string().trim().max(max).nullable().optional());

/** Quantity with at most two decimals; a comma is accepted as the decimal mark ("1,5"). */
export const quantityInput = z
  .string()
  .trim()
  .transform((v) => v.replace(',', '.'))
  .refine((v) => /^\d{1,12}(\.\d{1,2})?$/.test(v), 'Số lượng phải là số không âm, tối đa 2 chữ số thập phân');

export const FUNDING_LEVELS = ['KCQG', 'KCDP'] as const;

const generalFields = {
  name: z.string().trim().min(1, 'Nhập tên đề án').max(500),
  year: z.coerce.number().int('Năm không hợp lệ').min(2010, 'Năm không hợp lệ').max(2100, 'Năm không hợp lệ'),
  fundingLevel: z.enum(FUNDING_LEVELS, { error: 'Chọn nguồn kinh phí' }),
  contentCategoryId: z.coerce.number({ error: 'Chọn nội dung hoạt động' }).int().positive('Chọn nội dung hoạt động'),
  programmeTargetId: optionalId,
  targetQuantity: z.preprocess((v) => (v === '' || v === undefined ? null : v), z.coerce.number().int().min(0, 'Số lượng không âm').nullable()),
  adminUnitId: optionalId,
  place: text(500),
  startDate: optionalDate,
  endDate: optionalDate,
  description: text(5000),
  expectedOutputs: text(5000),
  isGroup: z.boolean().default(false),
  isPilot: z.boolean().default(false),
  priorityArea: z.boolean().default(false),
};

function datesInOrder(v: { startDate: Date | null; endDate: Date | null }, ctx: z.RefinementCtx) {
  if (v.startDate && v.endDate && v.endDate < v.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'Ngày kết thúc phải sau ngày bắt đầu' });
  }
}

export const projectGeneralSchema = z.object(generalFields).superRefine(datesInOrder);
export const projectUpdateSchema = z.object({ projectId: id, ...generalFields }).superRefine(datesInOrder);
export type ProjectGeneralInput = z.infer<typeof projectGeneralSchema>;
export type ProjectGeneralForm = z.input<typeof projectGeneralSchema>;

export const beneficiaryInput = z.object({ facilityId: id, equipment: text(500) });
export const beneficiariesSchema = z.object({
  projectId: id,
  beneficiaries: z.array(beneficiaryInput).max(200, 'Tối đa 200 cơ sở'),
});
export type BeneficiariesInput = z.infer<typeof beneficiariesSchema>;

export const costLineInput = z.object({
  item: z.string().trim().min(1, 'Nhập nội dung chi').max(500),
  unit: z.string().trim().min(1, 'Nhập đơn vị tính').max(50),
  quantity: quantityInput,
  unitPriceVnd: vndInput(),
  stateSupportVnd: vndOrZero,
  counterpartVnd: vndOrZero,
  otherVnd: vndOrZero,
  facilityId: optionalId,
});
export const costLinesSchema = z.object({
  projectId: id,
  lines: z.array(costLineInput).max(300, 'Tối đa 300 dòng dự toán'),
});
export type CostLinesInput = z.infer<typeof costLinesSchema>;
export type CostLinesForm = z.input<typeof costLinesSchema>;

/** Every status change carries the status the person saw: if it moved meanwhile, they must reload. */
const transitionBase = { projectId: id, expectedStatus: z.string().min(1) };
const reason = z.string().trim().max(2000).optional();

export const SIMPLE_EVENTS = ['submit', 'withdraw', 'returnForRevision', 'reject', 'start', 'stop'] as const;
export const simpleTransitionSchema = z.object({ ...transitionBase, event: z.enum(SIMPLE_EVENTS), reason });
export type SimpleTransitionInput = z.infer<typeof simpleTransitionSchema>;

export const appraisalSchema = z
  .object({
    ...transitionBase,
    result: z.enum(['PASS', 'FAIL'], { error: 'Chọn kết quả thẩm định' }),
    checklist: z.object({
      fitsProgramme: z.boolean(),
      efficient: z.boolean(),
      capable: z.boolean(),
      noDoubleFunding: z.boolean(),
      completeDossier: z.boolean(),
    }),
    councilMembers: text(2000),
    opinion: z.string().trim().min(1, 'Nhập ý kiến thẩm định').max(5000),
    recommendedSupportVnd: optionalVnd,
  })
  .superRefine((v, ctx) => {
    if (v.result === 'PASS' && v.recommendedSupportVnd === null) {
      ctx.addIssue({ code: 'custom', path: ['recommendedSupportVnd'], message: 'Nhập mức hỗ trợ đề xuất' });
    }
  });
export type AppraisalInput = z.infer<typeof appraisalSchema>;

export const approvalSchema = z.object({ ...transitionBase, approvedSupportVnd: vndInput(), decision: decisionSchema });
export type ApprovalInput = z.infer<typeof approvalSchema>;

export const contractSchema = z
  .object({
    ...transitionBase,
    number: z.string().trim().min(1, 'Nhập số hợp đồng').max(100),
    signedOn: dateInput,
    partyBName: z.string().trim().min(1, 'Nhập bên nhận hỗ trợ (bên B)').max(300),
    facilityId: optionalId,
    valueVnd: vndInput(),
    supportVnd: vndInput(),
    startDate: optionalDate,
    endDate: optionalDate,
    filedWithTreasury: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (v.supportVnd > v.valueVnd) ctx.addIssue({ code: 'custom', path: ['supportVnd'], message: 'Kinh phí hỗ trợ không được lớn hơn giá trị hợp đồng' });
    datesInOrder(v, ctx);
  });
export type ContractInput = z.infer<typeof contractSchema>;

export const acceptanceRequestSchema = z.object({
  ...transitionBase,
  scheduledOn: dateInput,
  councilMembers: text(2000),
  facilityId: optionalId,
});
export type AcceptanceRequestInput = z.infer<typeof acceptanceRequestSchema>;

export const acceptanceResultSchema = z
  .object({
    ...transitionBase,
    result: z.enum(['PASS', 'FAIL'], { error: 'Chọn kết quả nghiệm thu' }),
    heldOn: dateInput,
    councilMembers: z.string().trim().min(1, 'Nhập thành phần hội đồng nghiệm thu').max(2000),
    deliveredQuantity: z.preprocess((v) => (v === '' || v === undefined ? null : v), z.coerce.number().int().min(0, 'Số lượng không âm').nullable()),
    acceptedValueVnd: optionalVnd,
    notes: text(5000),
    decision: decisionSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.result === 'PASS' && v.acceptedValueVnd === null) ctx.addIssue({ code: 'custom', path: ['acceptedValueVnd'], message: 'Nhập giá trị được nghiệm thu' });
    if (v.result === 'FAIL' && !v.notes) ctx.addIssue({ code: 'custom', path: ['notes'], message: 'Nêu lý do nghiệm thu chưa đạt' });
  });
export type AcceptanceResultInput = z.infer<typeof acceptanceResultSchema>;

export const normExceptionSchema = z.object({ projectId: id, note: z.string().trim().min(10, 'Nêu rõ căn cứ chấp thuận vượt mức chi (ít nhất 10 ký tự)').max(2000) });

export const amendmentRequestSchema = z
  .object({
    projectId: id,
    stop: z.boolean().default(false),
    reason: z.string().trim().min(1, 'Nhập lý do điều chỉnh').max(5000),
    name: generalFields.name,
    place: generalFields.place,
    adminUnitId: optionalId,
    startDate: optionalDate,
    endDate: optionalDate,
    description: generalFields.description,
    expectedOutputs: generalFields.expectedOutputs,
    targetQuantity: generalFields.targetQuantity,
    beneficiaries: z.array(beneficiaryInput).max(200),
    lines: z.array(costLineInput).min(1, 'Dự toán cần ít nhất một dòng').max(300),
  })
  .superRefine(datesInOrder);
export type AmendmentRequestInput = z.infer<typeof amendmentRequestSchema>;
export type AmendmentRequestForm = z.input<typeof amendmentRequestSchema>;

export const amendmentDecisionSchema = z
  .object({
    amendmentId: id,
    approve: z.boolean(),
    note: text(2000),
    decision: decisionSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.approve && !v.decision) ctx.addIssue({ code: 'custom', path: ['decision'], message: 'Nhập quyết định phê duyệt điều chỉnh' });
    if (!v.approve && !v.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'Nêu lý do không duyệt' });
  });
export type AmendmentDecisionInput = z.infer<typeof amendmentDecisionSchema>;

/** A document upload (multipart): the file travels in FormData. */
export const documentUploadSchema = z.instanceof(FormData).transform((form, ctx) => {
  const parsed = z
    .object({
      projectId: id,
      acceptanceId: optionalId,
      kind: z.string().trim().min(1, 'Chọn loại tài liệu').max(50),
      title: text(300),
      file: z.instanceof(File, { error: 'Chưa chọn tệp' }),
    })
    .safeParse({
      projectId: form.get('projectId'),
      acceptanceId: form.get('acceptanceId') ?? '',
      kind: form.get('kind'),
      title: form.get('title') ?? '',
      file: form.get('file'),
    });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    return z.NEVER;
  }
  return parsed.data;
});
export type DocumentUploadInput = z.infer<typeof documentUploadSchema>;

export const documentDeleteSchema = z.object({ documentId: id });
export const projectDeleteSchema = z.object({ projectId: id });

// ───────── List filters (URL search params; bad values are ignored, never an error page) ─────────

export const PROJECT_SORTS = ['code', 'name', 'year', 'support', 'status', 'updated'] as const;
export type ProjectSort = (typeof PROJECT_SORTS)[number];

const blank = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional()).catch(undefined);

export const projectListQuerySchema = z.object({
  q: blank(z.string().trim().max(200)),
  year: blank(z.coerce.number().int().min(2000).max(2100)),
  source: blank(z.enum(FUNDING_LEVELS)),
  content: blank(z.coerce.number().int().positive()),
  status: blank(z.string().max(30)),
  xa: blank(z.coerce.number().int().positive()),
  area: blank(z.string().trim().max(100)),
  facility: blank(z.coerce.number().int().positive()),
  sort: z.enum(PROJECT_SORTS).optional().catch(undefined),
  dir: z.enum(['asc', 'desc']).catch('asc'),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type ProjectListQuery = z.infer<typeof projectListQuerySchema>;
