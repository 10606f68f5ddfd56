// Writes the Hải Phòng programme 2026–2030 (data in programme-hp-2026-2030.ts) with its approving
// decision, groups I–VI, every appendix row and one value row per non-empty year cell.
import { HP_PROGRAMME, HP_PROGRAMME_APPENDIX, HP_PROGRAMME_DECISION, HP_PROGRAMME_OBJECTIVES, HP_TARGET_CATEGORY } from './programme-hp-2026-2030';
import type { SeedTx } from './types';
import { day, demoDecisionNumber, need } from './util';

/** Returns "I.2" → ProgrammeTarget id. */
export async function seedHpProgramme(
  tx: SeedTx,
  provinceId: number,
  categories: ReadonlyMap<string, number>,
  recordedById: number,
): Promise<Map<string, number>> {
  const { issuedOn, ...decision } = HP_PROGRAMME_DECISION;
  const approval = await tx.decision.create({
    data: { provinceId, ...decision, number: demoDecisionNumber(decision.number), issuedOn: day(issuedOn), recordedById },
    select: { id: true },
  });
  const programme = await tx.programme.create({
    data: { provinceId, ...HP_PROGRAMME, objectives: HP_PROGRAMME_OBJECTIVES, status: 'APPROVED', decisionId: approval.id },
    select: { id: true },
  });

  const appendix = HP_PROGRAMME_APPENDIX;
  const groups = await tx.programmeGroup.createManyAndReturn({
    data: appendix.groups.map((g, i) => ({ programmeId: programme.id, code: g.code, name: g.name, sortOrder: i + 1 })),
    select: { id: true, code: true },
  });
  const groupIds = new Map(groups.map((g) => [g.code, g.id]));

  const categoryOfTarget = new Map(Object.entries(HP_TARGET_CATEGORY));
  let sortOrder = 0;
  const targets = await tx.programmeTarget.createManyAndReturn({
    data: appendix.groups.flatMap((g) =>
      g.items.map((item) => ({
        programmeId: programme.id,
        groupId: need(groupIds, g.code, 'programme group'),
        itemNo: item.itemNo,
        name: item.name,
        unit: item.unit,
        statedTotal: item.statedTotal,
        sortOrder: ++sortOrder,
        contentCategoryId: need(categories, need(categoryOfTarget, `${g.code}.${item.itemNo}`, 'target category'), 'content category'),
      })),
    ),
    select: { id: true, itemNo: true, groupId: true },
  });
  const groupCode = new Map(groups.map((g) => [g.id, g.code]));
  const targetIds = new Map(targets.map((t) => [`${groupCode.get(t.groupId)}.${t.itemNo}`, t.id]));

  await tx.programmeTargetValue.createMany({
    data: appendix.groups.flatMap((g) =>
      g.items.flatMap((item) => {
        if (item.values.length !== appendix.years.length) throw new Error(`seed: row ${g.code}.${item.itemNo} has ${item.values.length} values`);
        const targetId = need(targetIds, `${g.code}.${item.itemNo}`, 'programme target');
        return item.values.flatMap((quantity, i) => (quantity === null ? [] : [{ targetId, year: appendix.years[i]!, quantity }]));
      }),
    ),
  });
  return targetIds;
}
