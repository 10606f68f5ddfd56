import { z } from './z';
import { requiredReason } from './fields';
import { decisionSchema } from './decision';

// Chương trình khuyến công: creation, approval, the targets table editor and the Excel import.
// Shared by the forms (react-hook-form + zodResolver) and the server actions.

const yearInput = z.coerce
  .number({ message: 'Nhập năm (4 chữ số)' })
  .int('Năm phải là số nguyên')
  .min(2000, 'Năm phải từ 2000')
  .max(2100, 'Năm phải trước 2100');

export const programmeCreateSchema = z
  .object({
    code: z
      .string()
      .trim()
      .min(1, 'Nhập mã chương trình')
      .max(50, 'Mã tối đa 50 ký tự')
      .regex(/^[\p{L}\p{N}._\-/]+$/u, 'Mã chỉ gồm chữ, số và các dấu . _ - /'),
    name: z.string().trim().min(1, 'Nhập tên chương trình').max(300, 'Tên tối đa 300 ký tự'),
    level: z.enum(['KCQG', 'KCDP'], { message: 'Chọn cấp chương trình' }),
    startYear: yearInput,
    endYear: yearInput,
    objectives: z.string().trim().max(20_000, 'Mục tiêu tối đa 20.000 ký tự').optional(),
  })
  .refine((v) => v.endYear >= v.startYear && v.endYear - v.startYear <= 9, {
    path: ['endYear'],
    message: 'Năm kết thúc phải từ năm bắt đầu, giai đoạn tối đa 10 năm',
  });
export type ProgrammeCreateInput = z.infer<typeof programmeCreateSchema>;

const programmeId = z.coerce.number().int().positive('Thiếu chương trình');

/** A decision is optional for an amendment: all fields empty = none; any field filled = all required. */
export const optionalDecision = z.preprocess((value) => {
  if (!value || typeof value !== 'object') return undefined;
  return Object.values(value).every((v) => v === undefined || v === null || String(v).trim() === '') ? undefined : value;
}, decisionSchema.optional());

/** A quantity cell as typed: empty = not planned; otherwise a whole number ≥ 0. */
export const quantityCell = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (value === '') return null;
    const digits = value.replace(/\./g, '');
    if (!/^\d{1,10}$/.test(digits) || Number(digits) > 1_000_000_000) {
      ctx.addIssue({ code: 'custom', message: 'Nhập số nguyên không âm hoặc để trống' });
      return z.NEVER;
    }
    return Number(digits);
  });

export const targetRowSchema = z.object({
  id: z.number().int().positive().optional(),
  itemNo: z.string().trim().min(1, 'Nhập TT').max(20, 'TT tối đa 20 ký tự'),
  name: z.string().trim().min(1, 'Nhập nội dung chỉ tiêu').max(1000, 'Nội dung tối đa 1000 ký tự'),
  unit: z.string().trim().min(1, 'Chọn ĐVT').max(50),
  values: z.array(quantityCell).max(10),
  statedTotal: quantityCell,
});

export const targetGroupSchema = z.object({
  code: z.string().trim().min(1, 'Nhập mã nhóm').max(10),
  name: z.string().trim().min(1, 'Nhập tên nhóm').max(1000, 'Tên nhóm tối đa 1000 ký tự'),
  items: z.array(targetRowSchema).max(200, 'Một nhóm tối đa 200 chỉ tiêu'),
});

/** Why and by which decision an approved programme changes (ignored for a draft). */
const amendmentFields = {
  reason: z.string().trim().max(2000, 'Lý do tối đa 2000 ký tự').optional(),
  decision: optionalDecision,
};

export const targetsEditSchema = z.object({
  programmeId,
  /** The programme's updatedAt when the page was loaded: someone else's save in between is refused. */
  version: z.string().min(1).max(100),
  groups: z.array(targetGroupSchema).max(30, 'Tối đa 30 nhóm'),
  ...amendmentFields,
});
export type TargetsEditValues = z.input<typeof targetsEditSchema>;
export type TargetsEditInput = z.output<typeof targetsEditSchema>;

/** A File from a form; an empty file input (size 0, no name) counts as none. */
const optionalFile = z.preprocess(
  (v) => (typeof File !== 'undefined' && v instanceof File && v.size > 0 ? v : undefined),
  z.instanceof(File).optional(),
);
export const requiredFile = z.preprocess(
  (v) => (typeof File !== 'undefined' && v instanceof File && v.size > 0 ? v : undefined),
  z.instanceof(File, { message: 'Chọn tệp Excel (.xlsx)' }),
);

export const programmeApproveSchema = decisionSchema.extend({ programmeId, file: optionalFile });
export const programmeCloseSchema = z.object({ programmeId, reason: requiredReason('Nhập lý do kết thúc') });

export const appendixPreviewSchema = z.object({ programmeId, file: requiredFile });
export const appendixImportSchema = z.object({
  programmeId,
  file: requiredFile,
  /** The file checked in the preview: a different file is refused. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'Hãy kiểm tra tệp trước khi nhập'),
  version: z.string().min(1).max(100),
  ...amendmentFields,
});

/**
 * Server actions that carry a file receive FormData. Keys "decision.number" become nested
 * objects, then the schema validates as for any other input.
 */
export function fromFormData<S extends z.ZodType>(schema: S) {
  return z
    .instanceof(FormData, { message: 'Dữ liệu gửi lên không hợp lệ' })
    .transform((form) => {
      const out: Record<string, unknown> = {};
      for (const [key, value] of form.entries()) {
        const [head, sub] = key.split('.', 2) as [string, string | undefined];
        if (sub === undefined) out[head] = value;
        else out[head] = { ...((out[head] as Record<string, unknown> | undefined) ?? {}), [sub]: value };
      }
      return out;
    })
    // The record is untyped until the schema has checked it; that is the point of piping into it.
    .pipe(schema as unknown as z.ZodType<z.output<S>, Record<string, unknown>>);
}
