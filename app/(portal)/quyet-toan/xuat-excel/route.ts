import { yearlySettlementQuerySchema } from '@/lib/schemas/settlement';
import { findActor } from '@/lib/server/auth';
import { now } from '@/lib/server/clock';
import { AppError } from '@/lib/server/errors';
import { exportYearlySettlement } from '@/lib/server/settlements/export-yearly-settlement';

/** Xuất Excel quyết toán năm theo nguồn (same year and source as the screen), within the actor's scope. */
export async function GET(request: Request) {
  const actor = await findActor();
  if (!actor) return new Response('Phiên đăng nhập đã hết hạn.', { status: 401 });
  const query = yearlySettlementQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  try {
    const year = query.nam ?? now().getUTCFullYear();
    const buffer = await exportYearlySettlement(actor, year, query.nguon);
    return new Response(new Uint8Array(buffer), {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="quyet-toan-${query.nguon}-${year}.xlsx"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === 'FORBIDDEN') return new Response(error.message, { status: 403 });
    throw error;
  }
}
