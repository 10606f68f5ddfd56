import 'server-only';
import { PAYMENT_PAID_STATES } from '@/lib/domain/lifecycle/payment';
import { overdueAdvance, type OverdueAdvance } from '@/lib/domain/advance-clearing';
import { sumVnd } from '@/lib/domain/money';
import type { Actor } from '@/lib/domain/roles';
import type { PaymentKind } from '@/prisma/generated/client/enums';
import { projectScope } from '@/lib/domain/scope';
import { now } from '../clock';
import { db } from '../db';
import { findParameter } from '../norms/find-parameter';
import { findMoneyPositions } from './find-money-position';

const ADVANCE: PaymentKind = 'ADVANCE';
const PAYMENT: PaymentKind = 'PAYMENT';

/** [PARAM] share of the contract value at which advances must be cleared, in basis points. */
export const ADVANCE_CLEARING_THRESHOLD = 'ADVANCE_CLEARING_THRESHOLD_BP';

export interface OpenAdvanceRow extends OverdueAdvance {
  projectId: number;
  code: string;
  name: string;
}

/**
 * Advances still open past their clearing condition (lib/domain/advance-clearing.ts) on the đề án
 * the actor sees: the Kho bạc and the Trung tâm follow them up. `today` defaults to the clock.
 */
export async function findOpenAdvances(actor: Actor, today: Date = now()): Promise<OpenAdvanceRow[]> {
  // Only đề án whose paid advances exceed what paid payments cleared can have one open (the
  // position's outstandingAdvanceVnd > 0), found by one aggregate in the database; their positions
  // then say by how much. Loading every đề án with a paid advance took seconds at a province's scale.
  const candidates = await db.$queryRaw<{ projectId: number }[]>`
    SELECT r."projectId" FROM "PaymentRequest" r JOIN "Project" p ON p."id" = r."projectId"
    WHERE r."status"::text = ANY(${[...PAYMENT_PAID_STATES]}) AND (${actor.provinceId}::int IS NULL OR p."provinceId" = ${actor.provinceId})
    GROUP BY r."projectId"
    HAVING sum(CASE WHEN r."kind"::text = ${ADVANCE} THEN r."amountVnd" ELSE 0 END) > sum(CASE WHEN r."kind"::text = ${PAYMENT} THEN r."advanceClearedVnd" ELSE 0 END)`;
  if (candidates.length === 0) return [];
  const projects = await db.project.findMany({
    where: { AND: [projectScope(actor), { id: { in: candidates.map((c) => c.projectId) } }] },
    select: { id: true, code: true, name: true, year: true, provinceId: true, contracts: { select: { valueVnd: true } } },
    orderBy: { code: 'asc' },
  });
  if (projects.length === 0) return [];
  const positions = await findMoneyPositions(db, projects.map((p) => p.id));
  const thresholds = new Map<number, number | null>();
  const rows: OpenAdvanceRow[] = [];
  for (const p of projects) {
    if (!thresholds.has(p.provinceId)) {
      const parameter = await findParameter(db, ADVANCE_CLEARING_THRESHOLD, p.provinceId, today);
      const bp = parameter ? Number.parseInt(parameter.value, 10) : Number.NaN;
      thresholds.set(p.provinceId, Number.isInteger(bp) && bp > 0 ? bp : null);
    }
    const overdue = overdueAdvance({
      position: positions.get(p.id)!,
      contractValueVnd: p.contracts.length ? sumVnd(p.contracts.map((c) => c.valueVnd)) : null,
      year: p.year,
      thresholdBp: thresholds.get(p.provinceId) ?? null,
      today,
    });
    if (overdue) rows.push({ projectId: p.id, code: p.code, name: p.name, ...overdue });
  }
  return rows;
}
