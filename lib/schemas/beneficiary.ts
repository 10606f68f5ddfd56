// Forms of the beneficiary portal (issue 13): a facility's self-registration, its support requests,
// and the staff's decisions on both. Shared by the browser forms and the server.
import { z } from './z';
import { registrationTaxCodeProblem } from '@/lib/domain/facility-registration';
import { vndInput, vndOrZero } from './money';
import { LEGAL_FORMS } from './plan';
import { passwordSchema } from './user';
import { optionalPlainText, recordId } from './fields';

const id = recordId;
const text = (max: number, required: string) => z.string().trim().min(1, required).max(max, `Tối đa ${max} ký tự`);
const optionalText = optionalPlainText;

export const facilityRegistrationSchema = z
  .object({
    name: text(300, 'Nhập tên cơ sở'),
    legalForm: z.enum(LEGAL_FORMS, { message: 'Chọn loại hình cơ sở' }),
    taxCode: z.string().trim().min(1, 'Nhập mã số thuế'),
    representative: text(100, 'Nhập họ tên người đại diện'),
    phone: z.string().trim().regex(/^(\+84|0)\d{9,10}$/, 'Số điện thoại gồm 10 chữ số, bắt đầu bằng 0'),
    address: text(500, 'Nhập địa chỉ sản xuất'),
    adminUnitId: id('Chọn xã/đặc khu nơi cơ sở sản xuất'),
    sector: text(200, 'Nhập ngành nghề sản xuất'),
    workers: z.coerce.number({ message: 'Nhập số lao động (số nguyên)' }).int('Nhập số lao động (số nguyên)').min(0, 'Số lao động không âm').max(100000, 'Số lao động không hợp lệ'),
    username: z
      .string()
      .trim()
      .toLowerCase()
      .min(3, 'Tên đăng nhập tối thiểu 3 ký tự')
      .max(50, 'Tên đăng nhập tối đa 50 ký tự')
      .regex(/^[a-z0-9._-]+$/, 'Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm, gạch'),
    email: z.union([z.literal(''), z.string().trim().email('Email không hợp lệ')]).optional(),
    password: passwordSchema,
    confirmPassword: z.string(),
  })
  .superRefine((value, ctx) => {
    const problem = registrationTaxCodeProblem(value.legalForm, value.taxCode);
    if (problem) ctx.addIssue({ code: 'custom', path: ['taxCode'], message: problem });
    if (value.password !== value.confirmPassword) ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: 'Mật khẩu nhập lại không khớp' });
  });
export type FacilityRegistrationInput = z.infer<typeof facilityRegistrationSchema>;
export type FacilityRegistrationValues = z.input<typeof facilityRegistrationSchema>;

export const facilityDecisionSchema = z
  .object({
    facilityId: id('Thiếu mã cơ sở'),
    decision: z.enum(['verify', 'refuse'], { message: 'Chọn xác minh hoặc từ chối' }),
    reason: optionalText(2000),
  })
  .superRefine((value, ctx) => {
    if (value.decision === 'refuse' && !value.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Nhập lý do từ chối để cơ sở biết cần bổ sung gì' });
  });
export type FacilityDecisionInput = z.infer<typeof facilityDecisionSchema>;

const supportRequestFields = {
  title: text(500, 'Nhập nội dung đề nghị hỗ trợ'),
  contentCategoryId: id('Chọn nội dung hoạt động khuyến công'),
  equipment: optionalText(500),
  description: optionalText(2000),
  totalCostVnd: vndInput('Nhập tổng kinh phí dự kiến'),
  counterpartVnd: vndOrZero,
};

/** Counterpart (đối ứng) within the total; the support asked is computed on the server. */
function counterpartWithinTotal(value: { totalCostVnd: bigint; counterpartVnd: bigint }, ctx: z.RefinementCtx) {
  if (value.totalCostVnd <= 0n) ctx.addIssue({ code: 'custom', path: ['totalCostVnd'], message: 'Tổng kinh phí phải lớn hơn 0' });
  if (value.counterpartVnd > value.totalCostVnd) ctx.addIssue({ code: 'custom', path: ['counterpartVnd'], message: 'Vốn đối ứng không lớn hơn tổng kinh phí' });
}

export const supportRequestSchema = z
  .object({ requestId: z.preprocess((v) => (v === '' || v == null ? null : v), z.coerce.number().int().positive().nullable()), ...supportRequestFields })
  .superRefine(counterpartWithinTotal);
export type SupportRequestInput = z.infer<typeof supportRequestSchema>;
export type SupportRequestValues = z.input<typeof supportRequestSchema>;

/** The check while typing: whatever is typed so far, never an error. */
export const supportRequestCheckSchema = z.object({
  title: z.string().trim().max(500).catch(''),
  contentCategoryId: z.preprocess((v) => (v === '' || v == null ? null : v), z.coerce.number().int().positive().nullable()).catch(null),
  equipment: z.string().trim().max(500).catch(''),
  totalCostVnd: vndOrZero.catch(0n),
  counterpartVnd: vndOrZero.catch(0n),
});
export type SupportRequestCheckInput = z.infer<typeof supportRequestCheckSchema>;

export const supportRequestIdSchema = z.object({ requestId: id('Thiếu mã đề nghị') });

export const takeSupportRequestSchema = z.object({
  requestId: id('Thiếu mã đề nghị'),
  planId: id('Chọn kế hoạch năm để đưa đề nghị vào'),
  fundingLevel: z.enum(['KCQG', 'KCDP'], { message: 'Chọn nguồn kinh phí (KCQG hoặc KCĐP)' }),
});
export type TakeSupportRequestInput = z.infer<typeof takeSupportRequestSchema>;

export const refuseSupportRequestSchema = z.object({
  requestId: id('Thiếu mã đề nghị'),
  reason: text(2000, 'Nhập lý do không đưa vào kế hoạch'),
});

/** An attachment of a support request (multipart: supportRequestId, kind, file), sent to POST /api/tai-lieu. */
export const supportRequestAttachmentSchema = z.instanceof(FormData).transform((form, ctx) => {
  const parsed = z
    .object({
      supportRequestId: id('Thiếu mã đề nghị'),
      kind: z.string().trim().min(1, 'Chọn loại tệp đính kèm').max(50, 'Loại tệp không hợp lệ'),
      file: z.instanceof(File, { error: 'Chưa chọn tệp' }),
    })
    .safeParse({ supportRequestId: form.get('supportRequestId'), kind: form.get('kind'), file: form.get('file') });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    return z.NEVER;
  }
  return parsed.data;
});
export type SupportRequestAttachmentInput = z.infer<typeof supportRequestAttachmentSchema>;

export const supportRequestAttachmentIdSchema = z.object({ documentId: id('Thiếu mã tệp đính kèm') });
