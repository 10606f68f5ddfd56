// Thanh lý hợp đồng, nộp trả ngân sách, quyết toán: shared by the forms and the server.
import { dateInput, decisionSchema } from './decision';
import { vndInput } from './money';
import { z } from './z';

const id = (message: string) => z.coerce.number({ message }).int(message).positive(message);
const name = (message: string) => z.string().trim().min(1, message).max(200, 'Tối đa 200 ký tự');

export const liquidationSchema = z.object({
  projectId: id('Thiếu đề án'),
  expectedStatus: z.string().min(1),
  minutesNumber: z.string().trim().min(1, 'Nhập số biên bản thanh lý').max(100, 'Tối đa 100 ký tự'),
  signedOn: dateInput,
  signatoryA: name('Nhập người ký bên A (đơn vị thực hiện)'),
  signatoryB: name('Nhập người ký bên B (cơ sở thụ hưởng)'),
  /** Quyết định thanh lý, recorded in the register when given. */
  decision: decisionSchema.optional(),
});
export type LiquidationInput = z.infer<typeof liquidationSchema>;

export const refundSchema = z.object({
  projectId: id('Thiếu đề án'),
  amountVnd: vndInput('Nhập số tiền nộp trả'),
  documentNumber: z.string().trim().min(1, 'Nhập số chứng từ nộp trả').max(100, 'Tối đa 100 ký tự'),
  paidOn: dateInput,
  note: z.string().trim().max(2000, 'Tối đa 2.000 ký tự').optional(),
});
export type RefundInput = z.infer<typeof refundSchema>;

export const submitSettlementSchema = z.object({ projectId: id('Thiếu đề án'), note: z.string().trim().max(2000, 'Tối đa 2.000 ký tự').optional() });
export type SubmitSettlementInput = z.infer<typeof submitSettlementSchema>;

export const returnSettlementSchema = z.object({
  projectId: id('Thiếu đề án'),
  reason: z.string().trim().min(1, 'Nhập lý do trả lại hồ sơ quyết toán').max(2000, 'Tối đa 2.000 ký tự'),
});
export type ReturnSettlementInput = z.infer<typeof returnSettlementSchema>;

export const approveSettlementSchema = z.object({ projectId: id('Thiếu đề án'), decision: decisionSchema });
export type ApproveSettlementInput = z.infer<typeof approveSettlementSchema>;

export const closeProjectSchema = z.object({ projectId: id('Thiếu đề án') });
export type CloseProjectInput = z.infer<typeof closeProjectSchema>;

/** /quyet-toan?nam=2026&nguon=KCDP — the yearly settlement's year and funding source. */
export const yearlySettlementQuerySchema = z.object({
  nam: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  nguon: z.enum(['KCQG', 'KCDP']).catch('KCDP'),
});

export const approveYearlySettlementSchema = z.object({
  year: z.coerce.number({ message: 'Năm không hợp lệ' }).int().min(2000).max(2100),
  fundingLevel: z.enum(['KCQG', 'KCDP'], { message: 'Chọn nguồn kinh phí' }),
  decision: decisionSchema,
});
