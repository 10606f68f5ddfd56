// Writes the Hải Phòng programme 2026–2030 (data in programme-hp-2026-2030.ts) with its approving
// decision, groups I–VI, every appendix row and one value row per non-empty year cell; and, when the
// seed's clock has reached the end of that period, the programmes that followed it.
import { vietnamToday } from '../../lib/domain/date-rules';
import { yearInVietnam } from '../../lib/domain/plan-deadline';
import type { ProgrammeAppendix } from '../../lib/domain/programme-appendix';
import {
  HP_PROGRAMME,
  HP_PROGRAMME_APPENDIX,
  HP_PROGRAMME_DECISION,
  HP_PROGRAMME_OBJECTIVES,
  HP_TARGET_CATEGORY,
} from './programme-hp-2026-2030';
import type { SeedTx } from './types';
import { day, demoDecisionNumber, need } from './util';

interface ProgrammeData {
  programme: { code: string; name: string; level: 'KCDP'; startYear: number; endYear: number };
  objectives: string;
  decision: { kind: 'PROGRAMME_APPROVAL'; number: string; issuedOn: string; issuer: string; signer: string; signerTitle: string; legalBasis: string; summary: string };
  appendix: ProgrammeAppendix;
}

/**
 * The Hải Phòng programme 2026–2030, then one successor per later five-year period that has begun
 * or begins next year on the seed's clock (`now`): a demo run in 2031 — or the suite with its clock
 * set to 2031 — finds a programme in force for this year and the next, as the city would have one.
 * Returns the 2026–2030 targets ("I.2" → ProgrammeTarget id), which the seeded đề án count toward.
 */
export async function seedHpProgramme(
  tx: SeedTx,
  provinceId: number,
  categories: ReadonlyMap<string, number>,
  recordedById: number,
  now: Date,
): Promise<Map<string, number>> {
  const first: ProgrammeData = {
    programme: HP_PROGRAMME,
    objectives: HP_PROGRAMME_OBJECTIVES,
    decision: HP_PROGRAMME_DECISION,
    appendix: HP_PROGRAMME_APPENDIX,
  };
  const targets = await writeProgramme(tx, provinceId, categories, recordedById, first);
  for (const successor of successorsUntil(first, yearInVietnam(now) + 1, now)) {
    await writeProgramme(tx, provinceId, categories, recordedById, successor);
  }
  return targets;
}

/**
 * The programmes after 2026–2030 whose period starts by `lastYear`: the same appendix rows and yearly
 * quantities, its years (and the periods named in its texts) moved on by five years each time. Each
 * is approved on 15/12 of the year before its period, or on the clock's day when that is earlier.
 * Invented demo data, and its decision number says so (DEMO-…).
 */
function successorsUntil(first: ProgrammeData, lastYear: number, now: Date): ProgrammeData[] {
  const span = first.programme.endYear - first.programme.startYear + 1;
  const out: ProgrammeData[] = [];
  const today = vietnamToday(now).toISOString().slice(0, 10);
  for (let shift = span; first.programme.startYear + shift <= lastYear; shift += span) {
    const move = (text: string) => text.replace(/\b20\d\d\b/g, (y) => String(Number(y) + shift));
    const startYear = first.programme.startYear + shift;
    const approvedOn = `${startYear - 1}-12-15`;
    out.push({
      programme: { ...first.programme, code: move(first.programme.code), name: move(first.programme.name), startYear, endYear: first.programme.endYear + shift },
      objectives: move(first.objectives),
      decision: {
        ...first.decision,
        number: `${1234 + shift}/QĐ-UBND`,
        issuedOn: approvedOn < today ? approvedOn : today,
        legalBasis: 'Nghị định 45/2012/NĐ-CP; Nghị định 235/2025/NĐ-CP; Thông tư 28/2018/TT-BTC',
        summary: `Phê duyệt Chương trình khuyến công thành phố Hải Phòng giai đoạn ${startYear} – ${first.programme.endYear + shift} (chương trình kế tiếp, dữ liệu minh hoạ)`,
      },
      appendix: {
        years: first.appendix.years.map((y) => y + shift),
        groups: first.appendix.groups.map((g) => ({ ...g, name: move(g.name), items: g.items.map((item) => ({ ...item, name: move(item.name) })) })),
      },
    });
  }
  return out;
}

/** One approved programme with its decision, groups, targets and yearly values; returns "I.2" → target id. */
async function writeProgramme(
  tx: SeedTx,
  provinceId: number,
  categories: ReadonlyMap<string, number>,
  recordedById: number,
  data: ProgrammeData,
): Promise<Map<string, number>> {
  const { issuedOn, ...decision } = data.decision;
  const approval = await tx.decision.create({
    data: { provinceId, ...decision, number: demoDecisionNumber(decision.number), issuedOn: day(issuedOn), recordedById },
    select: { id: true },
  });
  const programme = await tx.programme.create({
    data: { provinceId, ...data.programme, objectives: data.objectives, status: 'APPROVED', decisionId: approval.id },
    select: { id: true },
  });

  const appendix = data.appendix;
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
