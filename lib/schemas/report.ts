import { requiredFile } from './programme';
import { FUNDING_LEVELS } from './project';
import { optionalQuery, queryId, queryYear, searchText } from './query';
import { z } from './z';

/** Filters of the summary report and of its drill-down; the same keys as the đề án list where they overlap. */
export const reportQuerySchema = z
  .object({
    yearFrom: optionalQuery(queryYear()),
    yearTo: optionalQuery(queryYear()),
    source: optionalQuery(z.enum(FUNDING_LEVELS)),
    area: optionalQuery(searchText(100)),
    xa: optionalQuery(queryId()),
    content: optionalQuery(queryId()),
    province: optionalQuery(queryId()),
  })
  // A reversed range is read as the same range the right way round.
  .transform((q) => (q.yearFrom && q.yearTo && q.yearFrom > q.yearTo ? { ...q, yearFrom: q.yearTo, yearTo: q.yearFrom } : q));

export type ReportQuery = z.infer<typeof reportQuerySchema>;

export const historyPreviewSchema = z.object({ file: requiredFile });
export const historyImportSchema = z.object({
  file: requiredFile,
  /** The file checked in the preview: a different file is refused. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'Hãy kiểm tra tệp trước khi nhập'),
});

const REPORT_KINDS = ['MONTHLY_PROGRESS', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY'] as const;

export const periodicReportOpenSchema = z.object({
  kind: z.enum(REPORT_KINDS, { error: 'Chọn loại báo cáo' }),
  year: z.coerce.number().int().min(2000, 'Năm không hợp lệ').max(2100, 'Năm không hợp lệ'),
  period: z.coerce.number().int().min(0).max(12),
});
export type PeriodicReportOpenInput = z.infer<typeof periodicReportOpenSchema>;

const narrative = (label: string) => z.string().trim().max(20_000, `${label} tối đa 20.000 ký tự`);
export const periodicReportSaveSchema = z.object({
  reportId: z.coerce.number().int().positive(),
  results: narrative('Kết quả'),
  difficulties: narrative('Khó khăn'),
  proposals: narrative('Đề xuất'),
});
export type PeriodicReportSaveInput = z.infer<typeof periodicReportSaveSchema>;

export const periodicReportReviewSchema = z.discriminatedUnion('decision', [
  z.object({ reportId: z.coerce.number().int().positive(), decision: z.literal('accept') }),
  z.object({ reportId: z.coerce.number().int().positive(), decision: z.literal('return'), comment: z.string().trim().min(1, 'Nhập ý kiến khi trả lại').max(5000) }),
]);
export type PeriodicReportReviewInput = z.infer<typeof periodicReportReviewSchema>;

export const periodicReportIdSchema = z.object({ reportId: z.coerce.number().int().positive() });
