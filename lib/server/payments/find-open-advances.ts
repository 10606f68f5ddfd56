import 'server-only';
import { overdueAdvance, type OverdueAdvance } from '@/lib/domain/advance-clearing';
import { sumVnd } from '@/lib/domain/money';
import type { Actor } from '@/lib/domain/roles';
import { projectScope } from '@/lib/domain/scope';
import { now } from '../clock';
import { db } from '../db';
import { findParameter } from '../norms/find-parameter';
import { findMoneyPositions } from './find-money-position';

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
  // Only đề án with an advance paid and not yet cleared can have one open: the database keeps that
  // figure on the row (outstandingAdvanceVnd, the money position's; migration 20261202130000) behind
  // a partial index. Their positions then say by how much and since when.
  const projects = await db.project.findMany({
    where: { AND: [projectScope(actor), { outstandingAdvanceVnd: { gt: 0 } }] },
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
