import 'server-only';
import { Prisma } from '@/prisma/generated/client/client';
import type { RepaymentStatus } from '@/lib/domain/lifecycle/repayment';
import type { Actor } from '@/lib/domain/roles';
import type { ReportQuery } from '@/lib/schemas/report';
import { assertCan } from '../authz';
import { dbRead } from '../db';
import { periodOf, placeFilters, type PlaceColumns } from './report-facts';

export interface RecoverableRow {
  status: RepaymentStatus;
  facilities: bigint;
  principalVnd: bigint;
  repaidVnd: bigint;
}

/** A live đề án's place, its xã joined as `au`. */
const PROJECT_COLUMNS: PlaceColumns = { provinceId: 'p."provinceId"', fundingLevel: 'p."fundingLevel"', adminUnitId: 'p."adminUnitId"', contentCategoryId: 'p."contentCategoryId"', area: 'au."formerArea"' };

/**
 * Hỗ trợ có thu hồi where used (seed 004): facilities by repayment standing, principal and repaid,
 * for the đề án of the report's period and scope. Empty where the province does not use it.
 */
export async function findRecoverableSummary(actor: Actor, query: ReportQuery): Promise<RecoverableRow[]> {
  assertCan(actor, 'report:read');
  const { yearFrom, yearTo } = periodOf(query);
  const where = [Prisma.sql`p."year" BETWEEN ${yearFrom} AND ${yearTo}`, ...placeFilters(actor, query, PROJECT_COLUMNS)];
  return dbRead.$queryRaw<RecoverableRow[]>`
    SELECT s."status", count(*)::bigint AS facilities, COALESCE(sum(s."principalVnd"), 0)::bigint AS "principalVnd",
           COALESCE(sum((SELECT sum(r."amountVnd") FROM "Repayment" r WHERE r."scheduleId" = s."id")), 0)::bigint AS "repaidVnd"
    FROM "RepaymentSchedule" s JOIN "Project" p ON p."id" = s."projectId" LEFT JOIN "AdminUnit" au ON au."id" = p."adminUnitId"
    WHERE ${Prisma.join(where, ' AND ')}
    GROUP BY s."status" ORDER BY s."status"`;
}
