import 'server-only';
import type { ProgrammeLevel } from '@/prisma/generated/client/enums';
import { normSourceOf, selectNormInForce, type NormRule } from '@/lib/domain/norms';
import type { Db, Tx } from '../db';

/** The category and its parents, most specific first (KC03.4 → KC03): a norm may sit at either level. */
export async function categoryChain(client: Db | Tx, contentCategoryId: number): Promise<number[]> {
  const ids: number[] = [];
  let current: number | null = contentCategoryId;
  while (current !== null && ids.length < 5 && !ids.includes(current)) {
    ids.push(current);
    const row: { parentId: number | null } | null = await client.contentCategory.findUnique({ where: { id: current }, select: { parentId: true } });
    current = row?.parentId ?? null;
  }
  return ids;
}

export function toNormRule(row: {
  id: number;
  provinceId: number | null;
  contentCategoryId: number;
  fundingSource: NormRule['fundingSource'];
  maxShareBp: number | null;
  ceilingVnd: bigint | null;
  ceilingScope: NormRule['ceilingScope'];
  priorityMultiplierBp: number | null;
  legalBasis: string;
  validFrom: Date;
  validTo: Date | null;
  note: string | null;
}): NormRule {
  return { ...row };
}

/** The spending norm in force on `on` for a đề án's content, source and province; null when none is set. */
export async function findNormInForce(
  client: Db | Tx,
  query: { provinceId: number; contentCategoryId: number; fundingLevel: ProgrammeLevel; on: Date },
): Promise<NormRule | null> {
  const categoryIds = await categoryChain(client, query.contentCategoryId);
  const fundingSource = normSourceOf(query.fundingLevel);
  const rows = await client.spendingNorm.findMany({
    where: { contentCategoryId: { in: categoryIds }, fundingSource, OR: [{ provinceId: null }, { provinceId: query.provinceId }] },
  });
  return selectNormInForce(rows.map(toNormRule), { categoryIds, fundingSource, provinceId: query.provinceId, on: query.on });
}
