import 'server-only';
import { wholeNumberParameter } from '@/lib/domain/parameters';
import type { Db, Tx } from '../db';

/**
 * A legal or operational figure (Parameter) in force on a date: the province's own row first, then
 * the national one; among those, the latest validFrom. Null when none is configured.
 */
export async function findParameter(client: Db | Tx, key: string, provinceId: number, on: Date) {
  const rows = await client.parameter.findMany({
    where: {
      key,
      OR: [{ provinceId }, { provinceId: null }],
      validFrom: { lte: on },
      AND: [{ OR: [{ validTo: null }, { validTo: { gte: on } }] }],
    },
    orderBy: { validFrom: 'desc' },
  });
  return rows.find((r) => r.provinceId === provinceId) ?? rows[0] ?? null;
}

/** A whole-number parameter (money in đồng, days, basis points) in force on a date, with its legal basis; null when none is configured. */
export async function findWholeNumberParameter(client: Db | Tx, key: string, provinceId: number, on: Date) {
  const row = await findParameter(client, key, provinceId, on);
  const value = row ? wholeNumberParameter(key, row.value) : null;
  return row && value !== null ? { value, legalBasis: row.legalBasis } : null;
}

export const TREASURY_CONTRACT_FILING_THRESHOLD = 'TREASURY_CONTRACT_FILING_THRESHOLD_VND';
