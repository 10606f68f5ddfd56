import { auditQuerySchema } from '@/lib/schemas/audit';
import { exportAuditEvents } from '@/lib/server/audit/export-audit-events';
import { isDenial, recordDenied } from '@/lib/server/audit-denied';
import { findActor } from '@/lib/server/auth';
import { now } from '@/lib/server/clock';
import { AppError } from '@/lib/server/errors';

/** Xuất Excel of the audit log, filtered as on /quan-tri/nhat-ky (same query string). */
export async function GET(request: Request) {
  const actor = await findActor();
  if (!actor) return new Response('Phiên đăng nhập đã hết hạn.', { status: 401 });
  const parsed = auditQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return new Response('Bộ lọc không hợp lệ.', { status: 400 });
  try {
    const buffer = await exportAuditEvents(actor, parsed.data);
    return new Response(new Uint8Array(buffer), {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="nhat-ky-${now().toISOString().slice(0, 10)}.xlsx"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (isDenial(error)) await recordDenied(actor, 'audit-export', error);
    if (error instanceof AppError && error.code === 'FORBIDDEN') return new Response(error.message, { status: 403 });
    throw error;
  }
}
