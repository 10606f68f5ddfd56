import 'server-only';
import { rulesDateOf } from '@/lib/domain/date-rules';
import { today } from '../dates';
import type { Db, Tx } from '../db';

/** The dates later steps of a đề án are checked against: its approval decision and its latest contract. */
export async function findProjectDateContext(client: Db | Tx, project: { id: number; approvalDecisionId: number | null }) {
  // One after the other: inside a transaction both would share one connection, where node-postgres
  // queues a second query behind the first (deprecated; an error from pg 9).
  const decision = project.approvalDecisionId ? await client.decision.findUnique({ where: { id: project.approvalDecisionId }, select: { issuedOn: true } }) : null;
  const contract = await client.contract.findFirst({ where: { projectId: project.id }, orderBy: { signedOn: 'desc' }, select: { signedOn: true } });
  return { approvedOn: decision?.issuedOn ?? null, contractSignedOn: contract?.signedOn ?? null };
}

/** The day whose rules (norms, regime) the đề án is held to: lib/domain/date-rules.ts rulesDateOf. */
export async function findRulesDate(client: Db | Tx, project: { id: number; year: number; startDate: Date | null; approvalDecisionId: number | null }): Promise<Date> {
  const { approvedOn } = await findProjectDateContext(client, project);
  return rulesDateOf({ year: project.year, startDate: project.startDate, approvedOn }, today());
}
