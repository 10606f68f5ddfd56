import 'server-only';
import { PAYMENT_PAID_STATES } from '@/lib/domain/lifecycle/payment';
import { dbRead } from '../db';

export interface ProjectListTotals {
  totalCostVnd: bigint;
  supportVnd: bigint;
  counterpartVnd: bigint;
  approvedVnd: bigint;
  advancedVnd: bigint;
  paidVnd: bigint;
}

/**
 * The totals row of an exported đề án list, summed by PostgreSQL over exactly the listed đề án.
 * "Hỗ trợ" is what the list shows: the approved support, or the estimate's state share before approval.
 */
export async function sumProjectList(projectIds: number[]): Promise<ProjectListTotals> {
  const [row] = await dbRead.$queryRaw<ProjectListTotals[]>`
    SELECT COALESCE(sum(p."totalCostVnd"), 0)::bigint AS "totalCostVnd",
           COALESCE(sum(COALESCE(p."approvedSupportVnd", p."stateSupportVnd")), 0)::bigint AS "supportVnd",
           COALESCE(sum(p."counterpartVnd"), 0)::bigint AS "counterpartVnd",
           COALESCE(sum(p."approvedSupportVnd"), 0)::bigint AS "approvedVnd",
           (SELECT COALESCE(sum(r."amountVnd"), 0) FROM "PaymentRequest" r
             WHERE r."projectId" = ANY(${projectIds}) AND r."kind" = 'ADVANCE' AND r."status"::text = ANY(${[...PAYMENT_PAID_STATES]}))::bigint AS "advancedVnd",
           (SELECT COALESCE(sum(r."amountVnd"), 0) FROM "PaymentRequest" r
             WHERE r."projectId" = ANY(${projectIds}) AND r."kind" = 'PAYMENT' AND r."status"::text = ANY(${[...PAYMENT_PAID_STATES]}))::bigint AS "paidVnd"
    FROM "Project" p WHERE p."id" = ANY(${projectIds})`;
  return row!;
}
