import { auditQuerySchema } from '@/lib/schemas/audit';
import { exportAuditEvents } from '@/lib/server/audit/export-audit-events';
import { now } from '@/lib/server/clock';
import { queryFrom, route, xlsxFile } from '@/lib/server/route';

/** Xuất Excel of the audit log, filtered as on /quan-tri/nhat-ky (same query string). */
export const GET = route(async ({ actor, request }) => {
  const buffer = await exportAuditEvents(actor, queryFrom(request, auditQuerySchema));
  return xlsxFile(buffer, `nhat-ky-${now().toISOString().slice(0, 10)}.xlsx`);
});
