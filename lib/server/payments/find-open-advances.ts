import 'server-only';
import { overdueAdvance, type OverdueAdvance } from '@/lib/domain/advance-clearing';
import { sumVnd } from '@/lib/domain/money';
import type { Actor } from '@/lib/domain/roles';
import { projectScope } from '@/lib/domain/scope';
import { now } from '../clock';
import { db } from '../db';
import { findParameter } from '../norms/find-parameter';
import { acceptedValueOf, PASSED_ACCEPTANCES } from './find-money-position';

/** [PARAM] share of the contract value at which advances must be cleared, in basis points. */
export const ADVANCE_CLEARING_THRESHOLD = 'ADVANCE_CLEARING_THRESHOLD_BP';

export interface OpenAdvanceRow extends OverdueAdvance {
  projectId: number;
  code: string;
  name: string;
}

interface Candidate {
  id: number;
  year: number;
  provinceId: number;
  outstandingAdvanceVnd: bigint;
  _count: { acceptances: number };
}

/** Contract value and accepted value of some đề án, as the money position counts them. */
async function findClearingFacts(ids: number[]) {
  // Stryker disable next-line ConditionalExpression: with no id the query finds nothing anyway; the return only saves it
  if (ids.length === 0) return new Map<number, { contractValueVnd: bigint | null; acceptedValueVnd: bigint | null }>();
  // Stryker disable next-line ObjectLiteral: reading every đề án gives the same facts for the ids looked up, only slower
  const where = { id: { in: ids } };
  const rows = await db.project.findMany({ where, select: { id: true, contracts: { select: { valueVnd: true } }, acceptances: PASSED_ACCEPTANCES } });
  return new Map(rows.map((r) => [r.id, { contractValueVnd: r.contracts.length ? sumVnd(r.contracts.map((c) => c.valueVnd)) : null, acceptedValueVnd: acceptedValueOf(r.acceptances) }]));
}

/**
 * Advances still open past their clearing condition (lib/domain/advance-clearing.ts) on the đề án
 * the actor sees — the Kho bạc and the Trung tâm follow them up: how many, and the first `limit` in
 * code order with the full reason. `today` defaults to the clock.
 *
 * At province-decade scale thousands of đề án hold an open advance, so the rule is asked in two
 * steps. Only đề án with an advance paid and not yet cleared are read (outstandingAdvanceVnd, the
 * money position's, kept on the row by the database behind a partial index; migration
 * 20261202130000). The rule is asked first with what the row says (its year); knowing the contract
 * and the accepted value can only add a reason, never take one away, so a đề án due by its year
 * stays due. Contract and acceptances are then read only for the others that have a passed
 * acceptance (without one the share rule cannot apply), and for the rows shown (their reason names
 * every cause).
 */
export async function findOpenAdvances(actor: Actor, options: { limit?: number; today?: Date } = {}): Promise<{ total: number; rows: OpenAdvanceRow[] }> {
  const today = options.today ?? now();
  const limit = options.limit ?? Number.MAX_SAFE_INTEGER;
  const candidates: Candidate[] = await db.project.findMany({
    where: { AND: [projectScope(actor), { outstandingAdvanceVnd: { gt: 0 } }] },
    select: { id: true, year: true, provinceId: true, outstandingAdvanceVnd: true, _count: { select: { acceptances: { where: PASSED_ACCEPTANCES.where } } } },
    orderBy: { code: 'asc' },
  });
  // Stryker disable next-line ConditionalExpression: with no candidate the steps below find nothing anyway; the return only saves queries
  if (candidates.length === 0) return { total: 0, rows: [] };
  const thresholds = new Map<number, number | null>();
  for (const provinceId of new Set(candidates.map((p) => p.provinceId))) {
    const parameter = await findParameter(db, ADVANCE_CLEARING_THRESHOLD, provinceId, today);
    const bp = parameter ? Number.parseInt(parameter.value, 10) : Number.NaN;
    thresholds.set(provinceId, Number.isInteger(bp) && bp > 0 ? bp : null);
  }
  // Stryker disable next-line ObjectLiteral: facts left undefined read as unknown, like null (the rule needs a contract value above 0)
  const ask = (p: Candidate, facts: { contractValueVnd: bigint | null; acceptedValueVnd: bigint | null } = { contractValueVnd: null, acceptedValueVnd: null }) =>
    overdueAdvance({
      position: { outstandingAdvanceVnd: p.outstandingAdvanceVnd, acceptedValueVnd: facts.acceptedValueVnd },
      contractValueVnd: facts.contractValueVnd,
      year: p.year,
      thresholdBp: thresholds.get(p.provinceId) ?? null,
      today,
    });
  const dueByYear = new Set(candidates.filter((p) => ask(p)).map((p) => p.id));
  // Without a passed acceptance the accepted value is unknown (null) and the share rule cannot apply.
  const undecided = candidates.filter((p) => !dueByYear.has(p.id) && p._count.acceptances > 0);
  const undecidedFacts = await findClearingFacts(undecided.map((p) => p.id));
  const due = candidates.filter((p) => dueByYear.has(p.id) || ask(p, undecidedFacts.get(p.id)));
  const shown = due.slice(0, limit);
  const [shownFacts, names] = await Promise.all([
    findClearingFacts(shown.filter((p) => dueByYear.has(p.id)).map((p) => p.id)),
    db.project.findMany({
      // Stryker disable next-line ObjectLiteral: names are looked up by id, so reading more đề án shows the same rows, only slower
      where: { id: { in: shown.map((p) => p.id) } },
      select: { id: true, code: true, name: true },
    }),
  ]);
  const nameOf = new Map(names.map((n) => [n.id, n]));
  const rows = shown.map((p) => ({ projectId: p.id, code: nameOf.get(p.id)!.code, name: nameOf.get(p.id)!.name, ...ask(p, undecidedFacts.get(p.id) ?? shownFacts.get(p.id))! }));
  return { total: due.length, rows };
}
