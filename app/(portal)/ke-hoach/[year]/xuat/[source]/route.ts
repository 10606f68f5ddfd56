import { findActor } from '@/lib/server/auth';
import { AppError } from '@/lib/server/errors';
import { exportPlan } from '@/lib/server/plans/export-plan';

const SOURCES = { kcqg: 'KCQG', kcdp: 'KCDP' } as const;

/** Biểu Excel của kế hoạch tổng hợp: KCQG (gửi Bộ Công Thương) or KCĐP (gửi Sở Tài chính). */
export async function GET(_request: Request, { params }: { params: Promise<{ year: string; source: string }> }) {
  const actor = await findActor();
  if (!actor) return new Response('Phiên đăng nhập đã hết hạn.', { status: 401 });
  const { year: rawYear, source: rawSource } = await params;
  const year = Number(rawYear);
  const source = SOURCES[rawSource as keyof typeof SOURCES];
  if (!source || !/^\d{4}$/.test(rawYear)) return new Response('Không tìm thấy biểu kế hoạch.', { status: 404 });
  try {
    const { body, fileName } = await exportPlan(actor, year, source);
    return new Response(new Uint8Array(body), {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="${fileName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    if (error instanceof AppError && (error.code === 'FORBIDDEN' || error.code === 'NOT_FOUND')) {
      return new Response(error.message, { status: error.code === 'FORBIDDEN' ? 403 : 404 });
    }
    throw error;
  }
}
