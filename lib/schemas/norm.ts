// Mức chi form: percentages and multipliers are typed as people write them ("50", "33,33", "1,5")
// and stored as basis points (1 % = 100 bp).
import { z } from './z';
import { dateInput } from './decision';
import { optionalVnd } from './money';
import { optionalDate } from './project';

export const FUNDING_SOURCES = ['KCQG', 'KCDP', 'DOI_UNG', 'LONG_GHEP', 'OTHER'] as const;
export const CEILING_SCOPES = ['PER_PROJECT', 'PER_FACILITY', 'PER_ROUND'] as const;

/** "33,33" → 3333 (basis points), '' → null. `scale` is 100 for a percentage, 10 000 for a multiplier. */
function decimalToBp(scale: number, max: number, label: string) {
  return z.preprocess(
    (v) => (v === '' || v === undefined || v === null ? null : String(v).trim().replace(',', '.')),
    z
      .string()
      .regex(/^\d{1,5}(\.\d{1,2})?$/, `${label} phải là số, tối đa 2 chữ số thập phân`)
      .transform((v) => Math.round(Number(v) * scale))
      .refine((bp) => bp > 0 && bp <= max, `${label} không hợp lệ`)
      .nullable(),
  );
}

const fields = {
  contentCategoryId: z.coerce.number({ error: 'Chọn nội dung' }).int().positive('Chọn nội dung'),
  fundingSource: z.enum(FUNDING_SOURCES, { error: 'Chọn nguồn kinh phí' }),
  maxShareBp: decimalToBp(100, 10_000, 'Tỷ lệ hỗ trợ tối đa (%)'),
  ceilingVnd: optionalVnd,
  ceilingScope: z.enum(CEILING_SCOPES, { error: 'Chọn phạm vi áp dụng mức trần' }),
  priorityMultiplierBp: decimalToBp(10_000, 50_000, 'Hệ số địa bàn ưu tiên'),
  legalBasis: z.string().trim().min(5, 'Nhập căn cứ pháp lý (số văn bản, điều, khoản)').max(1000),
  validFrom: dateInput,
  validTo: optionalDate,
  note: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), z.string().trim().max(2000).nullable().optional()),
};

function refine(v: { maxShareBp: number | null; ceilingVnd: bigint | null; validFrom: Date; validTo: Date | null }, ctx: z.RefinementCtx) {
  if (v.maxShareBp === null && v.ceilingVnd === null) {
    ctx.addIssue({ code: 'custom', path: ['maxShareBp'], message: 'Nhập tỷ lệ tối đa hoặc mức trần (hoặc cả hai)' });
  }
  if (v.validTo && v.validTo < v.validFrom) ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'Ngày hết hiệu lực phải sau ngày có hiệu lực' });
}

export const normSchema = z.object(fields).superRefine(refine);
export const normUpdateSchema = z.object({ id: z.coerce.number().int().positive(), ...fields }).superRefine(refine);
export type NormInput = z.infer<typeof normSchema>;
export type NormForm = z.input<typeof normSchema>;
