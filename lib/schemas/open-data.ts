// The open data API (/api/mo): the query parameters each endpoint accepts and the JSON it answers,
// as zod schemas. The same schemas validate requests, shape the answers (tests parse every answer
// with them) and generate the OpenAPI 3.1 description (lib/schemas/open-data-openapi.ts) — the
// document cannot drift from the code. Money is whole đồng as a string of digits (JSON numbers lose
// precision past 2^53), dates are ISO (YYYY-MM-DD, or date-time with offset).
// Parameters are strict: an unknown, repeated or malformed parameter is a 400 naming it.
import { z } from './z';
import { FUNDING_LEVELS } from './project';

const MAX_ID = 2_147_483_647;

const year = (name: string) => {
  const message = `Tham số ${name} phải là một năm từ 2000 đến 2100`;
  return z.coerce.number({ error: message }).int(message).min(2000, message).max(2100, message);
};
const id = (name: string) => {
  const message = `Tham số ${name} phải là một số nguyên dương`;
  return z.coerce.number({ error: message }).int(message).min(1, message).max(MAX_ID, message);
};

const provinceCode = z
  .string({ error: 'Tham số tinh phải là mã tỉnh (ví dụ HP)' })
  .regex(/^[A-Za-z0-9]{1,10}$/, 'Tham số tinh phải là mã tỉnh (ví dụ HP)')
  .transform((s) => s.toUpperCase())
  .meta({ description: 'Mã tỉnh (ví dụ HP). Mặc định: tỉnh của mã truy cập; mã truy cập toàn quốc: mọi tỉnh.' });
const source = z
  .enum(FUNDING_LEVELS, { error: 'Tham số nguon phải là KCQG hoặc KCDP' })
  .meta({ description: 'Nguồn kinh phí: KCQG (khuyến công quốc gia) hoặc KCDP (khuyến công địa phương).' });

export const OPEN_DATA_PAGE_SIZE_MAX = 100;
export const OPEN_DATA_PAGE_SIZE_DEFAULT = 20;

export const projectListParamsSchema = z.strictObject({
  tinh: provinceCode.optional(),
  nam: year('nam').optional().meta({ description: 'Năm của đề án.' }),
  nguon: source.optional(),
  xa: id('xa').optional().meta({ description: 'Mã (id) xã/phường/đặc khu.' }),
  trang: z.coerce
    .number({ error: 'Tham số trang phải là số nguyên từ 1 đến 100.000' })
    .int('Tham số trang phải là số nguyên từ 1 đến 100.000')
    .min(1, 'Tham số trang phải là số nguyên từ 1 đến 100.000')
    .max(100_000, 'Tham số trang phải là số nguyên từ 1 đến 100.000')
    .default(1)
    .meta({ description: 'Số trang, bắt đầu từ 1.' }),
  so_dong: z.coerce
    .number({ error: `Tham số so_dong phải là số nguyên từ 1 đến ${OPEN_DATA_PAGE_SIZE_MAX}` })
    .int(`Tham số so_dong phải là số nguyên từ 1 đến ${OPEN_DATA_PAGE_SIZE_MAX}`)
    .min(1, `Tham số so_dong phải là số nguyên từ 1 đến ${OPEN_DATA_PAGE_SIZE_MAX}`)
    .max(OPEN_DATA_PAGE_SIZE_MAX, `Tham số so_dong phải là số nguyên từ 1 đến ${OPEN_DATA_PAGE_SIZE_MAX}`)
    .default(OPEN_DATA_PAGE_SIZE_DEFAULT)
    .meta({ description: `Số dòng mỗi trang (tối đa ${OPEN_DATA_PAGE_SIZE_MAX}).` }),
});
export type ProjectListParams = z.infer<typeof projectListParamsSchema>;

export const programmeListParamsSchema = z.strictObject({ tinh: provinceCode.optional() });

export const summaryParamsSchema = z
  .strictObject({
    tinh: provinceCode.optional(),
    tu_nam: year('tu_nam').optional().meta({ description: 'Từ năm (kể cả).' }),
    den_nam: year('den_nam').optional().meta({ description: 'Đến năm (kể cả).' }),
    nguon: source.optional(),
    xa: id('xa').optional().meta({ description: 'Mã (id) xã/phường/đặc khu.' }),
  })
  .refine((q) => !q.tu_nam || !q.den_nam || q.tu_nam <= q.den_nam, { message: 'Tham số tu_nam phải nhỏ hơn hoặc bằng den_nam', path: ['tu_nam'] });
export type SummaryParams = z.infer<typeof summaryParamsSchema>;

/** A path id (/de-an/{id}): the same rule, named for the path. */
export const pathIdSchema = z.strictObject({ id: id('id') });

// ---- answers ----------------------------------------------------------------------------------

export const vndSchema = z.string().regex(/^-?\d+$/).meta({ id: 'Vnd', description: 'Số tiền, đồng, số nguyên viết thành chuỗi chữ số.' });
const isoDate = z.iso.date().meta({ description: 'Ngày, YYYY-MM-DD (theo giờ Việt Nam).' });

export const apiErrorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string().meta({ description: 'Thông báo tiếng Việt.' }) }) })
  .meta({ id: 'Error' });

const provinceRef = z.object({ code: z.string(), name: z.string() });
const adminUnitRef = z.object({ id: z.number().int(), type: z.string(), name: z.string(), formerArea: z.string().nullable() });

export const projectSummarySchema = z
  .object({
    id: z.number().int(),
    code: z.string(),
    name: z.string(),
    year: z.number().int(),
    province: provinceRef,
    status: z.string().meta({ description: 'Mã trạng thái.' }),
    statusLabel: z.string().meta({ description: 'Trạng thái (tiếng Việt).' }),
    fundingLevel: z.enum(FUNDING_LEVELS),
    content: z.object({ code: z.string(), name: z.string() }),
    adminUnit: adminUnitRef.nullable(),
    implementingOrg: z.string(),
    totalCostVnd: vndSchema,
    stateSupportVnd: vndSchema,
    counterpartVnd: vndSchema,
    approvedSupportVnd: vndSchema.nullable(),
    progressPercent: z.number().int().nullable(),
    endDate: isoDate.nullable(),
    isRecoverable: z.boolean(),
    beneficiaries: z.array(z.object({ id: z.number().int(), name: z.string() })),
  })
  .meta({ id: 'ProjectSummary' });

export const pageInfoSchema = z
  .object({
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
    pageCount: z.number().int(),
    next: z.string().nullable().meta({ description: 'Đường dẫn trang sau; null ở trang cuối.' }),
  })
  .meta({ id: 'PageInfo' });

export const projectListSchema = z
  .object({ data: z.array(projectSummarySchema), page: pageInfoSchema })
  .meta({ id: 'ProjectList', description: 'Sắp xếp ổn định: năm giảm dần, mã đề án, id.' });

export const projectDetailSchema = z
  .object({
    ...projectSummarySchema.shape,
    place: z.string().nullable(),
    description: z.string().nullable(),
    expectedOutputs: z.string().nullable(),
    startDate: isoDate.nullable(),
    otherFundingVnd: vndSchema,
    isGroup: z.boolean(),
    isPilot: z.boolean(),
    programmeTarget: z.object({ group: z.string(), itemNo: z.string(), name: z.string(), unit: z.string().nullable(), quantity: z.number().int().nullable() }).nullable(),
    approvalDecision: z.object({ number: z.string(), issuedOn: isoDate }).nullable(),
    beneficiaries: z.array(z.object({ id: z.number().int(), name: z.string(), taxCode: z.string().nullable() })),
    costLines: z.array(
      z.object({
        item: z.string(),
        unit: z.string(),
        quantity: z.string().regex(/^\d+(\.\d+)?$/).meta({ description: 'Số lượng (thập phân, chuỗi).' }),
        unitPriceVnd: vndSchema,
        amountVnd: vndSchema,
        stateSupportVnd: vndSchema,
        counterpartVnd: vndSchema,
        otherVnd: vndSchema,
      }),
    ),
  })
  .meta({ id: 'ProjectDetail' });

export const programmeListSchema = z
  .object({
    data: z.array(
      z.object({
        id: z.number().int(),
        code: z.string(),
        name: z.string(),
        level: z.enum(FUNDING_LEVELS),
        startYear: z.number().int(),
        endYear: z.number().int(),
        status: z.string(),
        province: z.string(),
        decision: z.object({ number: z.string(), issuedOn: isoDate }).nullable(),
      }),
    ),
  })
  .meta({ id: 'ProgrammeList' });

const progressFigures = z.object({
  planned: z.number().nullable().meta({ description: 'Chỉ tiêu.' }),
  registered: z.number().meta({ description: 'Đã đăng ký (kế hoạch được duyệt).' }),
  achieved: z.number().meta({ description: 'Đã đạt (đề án đã nghiệm thu trở đi).' }),
  percentAchieved: z.number().nullable().meta({ description: 'Tỷ lệ đạt, %, làm tròn 1 chữ số thập phân.' }),
});

export const programmeProgressSchema = z
  .object({
    programmeId: z.number().int(),
    years: z.array(z.number().int()),
    groups: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        targets: z.array(
          z.object({
            groupCode: z.string(),
            itemNo: z.string(),
            name: z.string(),
            unit: z.string().nullable(),
            statedTotal: z.number().nullable(),
            consistent: z.boolean().meta({ description: 'Tổng ghi trên văn bản bằng tổng các năm.' }),
            byYear: z.array(z.object({ year: z.number().int(), ...progressFigures.shape })),
            period: progressFigures,
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'ProgrammeProgress' });

const summaryFigures = z.object({
  projects: z.number().int(),
  facilities: z.number().int(),
  totalCostVnd: vndSchema,
  stateSupportVnd: vndSchema,
  kcqgVnd: vndSchema,
  kcdpVnd: vndSchema,
  counterpartVnd: vndSchema,
  otherFundingVnd: vndSchema,
  approvedVnd: vndSchema,
  paidVnd: vndSchema,
});
const summaryRow = z.object({ key: z.string().nullable(), label: z.string(), ...summaryFigures.shape }).meta({ id: 'SummaryRow' });

export const summarySchema = z
  .object({
    total: summaryRow.nullable(),
    byYear: z.array(summaryRow),
    bySource: z.array(summaryRow),
    byXa: z.array(summaryRow),
    byProvince: z.array(summaryRow).meta({ description: 'Chỉ với mã truy cập toàn quốc.' }),
  })
  .meta({ id: 'Summary', description: 'Số liệu tổng hợp (đề án đã duyệt trở đi và số liệu lịch sử), tính bằng SQL trên dữ liệu hiện hành.' });

// ---- the endpoint list: one entry per route file under app/api/mo ---------------------------------

export interface OpenDataEndpoint {
  /** OpenAPI path template. */
  path: string;
  summary: string;
  description: string;
  query?: z.ZodType;
  pathParams?: z.ZodType;
  response: z.ZodType;
  /** false: public, no token (the description itself). */
  authenticated: boolean;
}

export const projectListEndpoint = {
  path: '/api/mo/de-an',
  summary: 'Danh sách đề án khuyến công',
  description: 'Đề án trong phạm vi của mã truy cập, phân trang (trang, so_dong), sắp xếp ổn định: năm giảm dần, mã, id.',
  query: projectListParamsSchema,
  response: projectListSchema,
  authenticated: true,
} satisfies OpenDataEndpoint;

export const projectDetailEndpoint = {
  path: '/api/mo/de-an/{id}',
  summary: 'Chi tiết một đề án',
  description: 'Đề án ngoài phạm vi của mã truy cập trả lời 404 như đề án không tồn tại.',
  pathParams: pathIdSchema,
  response: projectDetailSchema,
  authenticated: true,
} satisfies OpenDataEndpoint;

export const programmeListEndpoint = {
  path: '/api/mo/chuong-trinh',
  summary: 'Danh sách chương trình khuyến công',
  description: 'Chương trình 5 năm trong phạm vi của mã truy cập.',
  query: programmeListParamsSchema,
  response: programmeListSchema,
  authenticated: true,
} satisfies OpenDataEndpoint;

export const programmeProgressEndpoint = {
  path: '/api/mo/chuong-trinh/{id}/tien-do',
  summary: 'Tiến độ thực hiện chương trình',
  description: 'Theo từng chỉ tiêu và từng năm: chỉ tiêu, đã đăng ký, đã đạt, tỷ lệ đạt. Chương trình ngoài phạm vi trả lời 404.',
  pathParams: pathIdSchema,
  response: programmeProgressSchema,
  authenticated: true,
} satisfies OpenDataEndpoint;

export const summaryEndpoint = {
  path: '/api/mo/tong-hop',
  summary: 'Số liệu tổng hợp theo năm, nguồn kinh phí, xã (và tỉnh)',
  description: 'Số đề án, cơ sở, kinh phí (đồng) theo năm, nguồn KCQG/KCĐP, xã; theo tỉnh với mã truy cập toàn quốc.',
  query: summaryParamsSchema,
  response: summarySchema,
  authenticated: true,
} satisfies OpenDataEndpoint;

export const openApiEndpoint = {
  path: '/api/mo/openapi.json',
  summary: 'Mô tả OpenAPI 3.1 của API dữ liệu mở',
  description: 'Tài liệu này. Không cần mã truy cập, không tính vào giới hạn.',
  response: z.object({ openapi: z.string() }).loose(),
  authenticated: false,
} satisfies OpenDataEndpoint;

export const OPEN_DATA_ENDPOINTS: OpenDataEndpoint[] = [
  projectListEndpoint,
  projectDetailEndpoint,
  programmeListEndpoint,
  programmeProgressEndpoint,
  summaryEndpoint,
  openApiEndpoint,
];
