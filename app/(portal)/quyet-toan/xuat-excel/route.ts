import { yearlySettlementQuerySchema } from '@/lib/schemas/settlement';
import { now } from '@/lib/server/clock';
import { queryFrom, route, xlsxFile } from '@/lib/server/route';
import { exportYearlySettlement } from '@/lib/server/settlements/export-yearly-settlement';

/** Xuất Excel quyết toán năm theo nguồn (same year and source as the screen), within the actor's scope. */
export const GET = route(async ({ actor, request }) => {
  const query = queryFrom(request, yearlySettlementQuerySchema);
  const year = query.nam ?? now().getUTCFullYear();
  const buffer = await exportYearlySettlement(actor, year, query.nguon);
  return xlsxFile(buffer, `quyet-toan-${query.nguon}-${year}.xlsx`);
});
