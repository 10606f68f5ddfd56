import { AppError } from '@/lib/server/errors';
import { exportPlan } from '@/lib/server/plans/export-plan';
import { route, xlsxFile } from '@/lib/server/route';

const SOURCES = { kcqg: 'KCQG', kcdp: 'KCDP' } as const;

/** Biểu Excel của kế hoạch tổng hợp: KCQG (gửi Bộ Công Thương) or KCĐP (gửi Sở Tài chính). */
export const GET = route<{ year: string; source: string }>(async ({ actor, params }) => {
  const source = Object.hasOwn(SOURCES, params.source) ? SOURCES[params.source as keyof typeof SOURCES] : undefined;
  if (!source || !/^\d{4}$/.test(params.year)) throw new AppError('NOT_FOUND', 'Không tìm thấy biểu kế hoạch.');
  const { body, fileName } = await exportPlan(actor, Number(params.year), source);
  return xlsxFile(body, fileName);
});
