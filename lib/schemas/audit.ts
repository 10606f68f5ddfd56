import { z } from './z';

const day = z.preprocess((v) => (v === '' ? undefined : v), z.iso.date({ message: 'Ngày không hợp lệ' }).optional());
const text = z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().max(100).optional());

/** Filters of the audit viewer (/quan-tri/nhat-ky), read from the query string; the export uses the same. */
export const auditQuerySchema = z.object({
  from: day,
  to: day,
  event: text,
  entityType: text,
  username: text,
  entityId: z.preprocess((v) => (v === '' || v === undefined ? undefined : Number(v)), z.number().int().nonnegative().optional()),
  page: z.preprocess((v) => (v === '' || v === undefined ? 1 : Number(v)), z.number().int().min(1).max(10_000)).default(1),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;
