import 'server-only';
import type { ProgrammeLevel } from '@/prisma/generated/client/enums';
import { normSourceOf, selectNormInForce, type NormRule } from '@/lib/domain/norms';
import type { Db, Tx } from '../db';

/** The category and its parents, most specific first (KC03.4 → KC03): a norm may sit at either level. One statement, at most five levels. */
export async function categoryChain(client: Db | Tx, contentCategoryId: number): Promise<number[]> {
  const rows = await client.$queryRaw<{ id: number }[]>`
    WITH RECURSIVE chain ("id", "parentId", "depth") AS (
      SELECT c."id", c."parentId", 1 FROM "ContentCategory" c WHERE c."id" = ${contentCategoryId}
      UNION ALL
      SELECT c."id", c."parentId", chain."depth" + 1 FROM "ContentCategory" c JOIN chain ON c."id" = chain."parentId" WHERE chain."depth" < 5
    )
    SELECT "id" FROM chain ORDER BY "depth"`;
  // Were the parents ever to form a loop, the chain ends at the first repeat (as the loop it replaced did).
  const ids: number[] = [];
  for (const { id } of rows) {
    if (ids.includes(id)) break;
    ids.push(id);
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
