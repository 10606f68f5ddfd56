// Đề án forms: one schema per form, shared by react-hook-form (zodResolver) and the server action.
// Inputs arrive as strings from forms; money becomes bigint whole đồng through parseVnd.
import { z } from './z';
import { dateInput, decisionSchema } from './decision';
import { optionalText, requiredText, TEXT_MAX, yearField } from './fields';
import { optionalVnd, vndInput, vndOrZero } from './money';
import { optionalQuery, queryId, queryPage, queryYear, searchText } from './query';

/** Optional date: '' → null. */
export const optionalDate = z.preprocess((v) => (v === '' || v === undefined ? null : v), dateInput.nullable());

/** Optional id from a <select>: '' → null. */
export const optionalId = z.preprocess(
  (v) => (v === '' || v === undefined ? null : v),
  z.coerce.number().int().positive().nullable(),
);

const id = z.coerce.number().int().positive();

/** Quantity with at most two decimals; a comma is accepted as the decimal mark ("1,5"). */
export const quantityInput = z
  .string()
  .trim()
  .transform((v) => v.replace(',', '.'))
  .refine((v) => /^\d{1,12}(\.\d{1,2})?$/.test(v), 'Số lượng phải là số không âm, tối đa 2 chữ số thập phân');

export const FUNDING_LEVELS = ['KCQG', 'KCDP'] as const;

const generalFields = {
  name: requiredText('Tên đề án', TEXT_MAX.name),
  year: yearField('Năm'),
  fundingLevel: z.enum(FUNDING_LEVELS, { error: 'Chọn nguồn kinh phí' }),
  contentCategoryId: z.coerce.number({ error: 'Chọn nội dung hoạt động' }).int().positive('Chọn nội dung hoạt động'),
  programmeTargetId: optionalId,
  targetQuantity: z.preprocess((v) => (v === '' || v === undefined ? null : v), z.coerce.number({ error: 'Số lượng phải là số nguyên, ví dụ 3' }).int('Số lượng phải là số nguyên, ví dụ 3').min(0, 'Số lượng không âm').nullable()),
  adminUnitId: optionalId,
  place: optionalText('Địa điểm', TEXT_MAX.name),
  startDate: optionalDate,
  endDate: optionalDate,
  description: optionalText('Mô tả, mục tiêu đề án', TEXT_MAX.long),
  expectedOutputs: optionalText('Sản phẩm, kết quả dự kiến', TEXT_MAX.long),
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

export const beneficiaryInput = z.object({ facilityId: id, equipment: optionalText('Máy móc, thiết bị', TEXT_MAX.name) });
export const beneficiariesSchema = z.object({
  projectId: id,
  beneficiaries: z.array(beneficiaryInput).max(200, 'Tối đa 200 cơ sở'),
});
export type BeneficiariesInput = z.infer<typeof beneficiariesSchema>;

export const costLineInput = z.object({
  item: requiredText('Nội dung chi', TEXT_MAX.name),
  unit: requiredText('Đơn vị tính', TEXT_MAX.code),
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
const transitionBase = { projectId: id, expectedStatus: z.string().min(1).max(TEXT_MAX.code) };
const reason = z.string().trim().max(TEXT_MAX.reason, 'Lý do tối đa 2.000 ký tự').optional();

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
    councilMembers: optionalText('Thành phần hội đồng', TEXT_MAX.reason),
    opinion: requiredText('Ý kiến thẩm định', TEXT_MAX.long),
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
    number: requiredText('Số hợp đồng', TEXT_MAX.number),
    signedOn: dateInput,
    partyBName: requiredText('Bên nhận hỗ trợ (bên B)', TEXT_MAX.short),
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
  councilMembers: optionalText('Thành phần hội đồng nghiệm thu', TEXT_MAX.reason),
  facilityId: optionalId,
});
export type AcceptanceRequestInput = z.infer<typeof acceptanceRequestSchema>;

export const acceptanceResultSchema = z
  .object({
    ...transitionBase,
    result: z.enum(['PASS', 'FAIL'], { error: 'Chọn kết quả nghiệm thu' }),
    heldOn: dateInput,
    councilMembers: requiredText('Thành phần hội đồng nghiệm thu', TEXT_MAX.reason),
    deliveredQuantity: z.preprocess((v) => (v === '' || v === undefined ? null : v), z.coerce.number({ error: 'Số lượng phải là số nguyên, ví dụ 3' }).int('Số lượng phải là số nguyên, ví dụ 3').min(0, 'Số lượng không âm').nullable()),
    acceptedValueVnd: optionalVnd,
    notes: optionalText('Nhận xét', TEXT_MAX.long),
    decision: decisionSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.result === 'PASS' && v.acceptedValueVnd === null) ctx.addIssue({ code: 'custom', path: ['acceptedValueVnd'], message: 'Nhập giá trị được nghiệm thu' });
    if (v.result === 'FAIL' && !v.notes) ctx.addIssue({ code: 'custom', path: ['notes'], message: 'Nêu lý do nghiệm thu chưa đạt' });
  });
export type AcceptanceResultInput = z.infer<typeof acceptanceResultSchema>;

export const normExceptionSchema = z.object({ projectId: id, note: z.string().trim().min(10, 'Nêu rõ căn cứ chấp thuận vượt mức chi (ít nhất 10 ký tự)').max(TEXT_MAX.reason, 'Căn cứ chấp thuận tối đa 2.000 ký tự') });

export const amendmentRequestSchema = z
  .object({
    projectId: id,
    stop: z.boolean().default(false),
    reason: requiredText('Lý do điều chỉnh', TEXT_MAX.long),
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
    note: optionalText('Ghi chú', TEXT_MAX.reason),
    decision: decisionSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.approve && !v.decision) ctx.addIssue({ code: 'custom', path: ['decision'], message: 'Nhập quyết định phê duyệt điều chỉnh' });
    if (!v.approve && !v.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'Nêu lý do không duyệt' });
  });
export type AmendmentDecisionInput = z.infer<typeof amendmentDecisionSchema>;

/** Rút đề nghị điều chỉnh: the request alone (the audit records who and when). */
export const amendmentWithdrawSchema = z.object({ amendmentId: id });
export type AmendmentWithdrawInput = z.infer<typeof amendmentWithdrawSchema>;

/** A document upload (multipart): the file travels in FormData. */
export const documentUploadSchema = z.instanceof(FormData).transform((form, ctx) => {
  const parsed = z
    .object({
      projectId: id,
      acceptanceId: optionalId,
      /** The earlier version of an acceptance-dossier document this file replaces. */
      replacesId: optionalId,
      kind: z.string().trim().min(1, 'Chọn loại tài liệu').max(TEXT_MAX.code),
      title: optionalText('Tiêu đề', TEXT_MAX.short),
      file: z.instanceof(File, { error: 'Chưa chọn tệp' }),
    })
    .safeParse({
      projectId: form.get('projectId'),
      acceptanceId: form.get('acceptanceId') ?? '',
      replacesId: form.get('replacesId') ?? '',
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

// ───────── Acceptance dossier (hồ sơ nghiệm thu) ─────────

export const dossierHandInSchema = z.object({ projectId: id, acceptanceId: id });
export const dossierWithdrawSchema = z.object({ documentId: id });
export const dossierReviewSchema = z
  .object({
    documentId: id,
    decision: z.enum(['accept', 'replace']),
    comment: z.string().trim().max(TEXT_MAX.short).optional().default(''),
  })
  .refine((v) => v.decision === 'accept' || v.comment !== '', { path: ['comment'], message: 'Ghi rõ cần thay thế vì sao' });
export type DossierReviewInput = z.infer<typeof dossierReviewSchema>;
export const projectDeleteSchema = z.object({ projectId: id });

// ───────── List filters (URL search params; bad values are ignored, never an error page) ─────────

export const PROJECT_SORTS = ['code', 'name', 'year', 'support', 'status', 'updated'] as const;
export type ProjectSort = (typeof PROJECT_SORTS)[number];

export const projectListQuerySchema = z.object({
  q: optionalQuery(searchText(200)),
  year: optionalQuery(queryYear()),
  // Drill-down from a report: a range of years, only the đề án reports count, one province (ministry).
  yearFrom: optionalQuery(queryYear()),
  yearTo: optionalQuery(queryYear()),
  counted: optionalQuery(z.enum(['1'])),
  province: optionalQuery(queryId()),
  source: optionalQuery(z.enum(FUNDING_LEVELS)),
  content: optionalQuery(queryId()),
  status: optionalQuery(z.string().max(30)),
  xa: optionalQuery(queryId()),
  area: optionalQuery(searchText(100)),
  facility: optionalQuery(queryId()),
  sort: optionalQuery(z.enum(PROJECT_SORTS)),
  dir: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.enum(['asc', 'desc'])).catch('asc'),
  page: queryPage(),
});
export type ProjectListQuery = z.infer<typeof projectListQuerySchema>;
