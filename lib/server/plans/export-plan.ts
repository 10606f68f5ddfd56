import 'server-only';
import { can } from '@/lib/domain/permissions';
import type { Actor } from '@/lib/domain/roles';
import type { ProgrammeLevel } from '@/prisma/generated/client/enums';
import { assertCan } from '../authz';
import { forbiddenError } from '../errors';
import { findConsolidatedItems } from './find-consolidated-items';
import { getRoundOrThrow } from './plan-access';
import { buildPlanWorkbook } from './plan-workbook';

/**
 * The Excel form of the city plan for one source. KCQG (to the ministry) is the SCT's to send;
 * KCĐP (to Sở Tài chính) may also be downloaded by Sở Tài chính, who appraises it.
 */
export async function exportPlan(actor: Actor, year: number, source: ProgrammeLevel) {
  assertCan(actor, 'plan:read');
  const allowed = can(actor, 'plan:consolidate') || (source === 'KCDP' && can(actor, 'plan:appraise-budget'));
  if (!allowed) throw forbiddenError('Bạn không có quyền xuất biểu kế hoạch này.');
  const round = await getRoundOrThrow(actor, year);
  const { rows, totals } = await findConsolidatedItems(round.id);
  const body = await buildPlanWorkbook(source, round.year, rows, totals.bySource[source]);
  const fileName = source === 'KCQG' ? `dang-ky-KCQG-${round.year}.xlsx` : `du-toan-KCDP-${round.year}.xlsx`;
  return { body, fileName };
}
