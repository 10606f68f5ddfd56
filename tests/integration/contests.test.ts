// Product contests (issue 17): Sở Công Thương opens a city round, xã forward entries, the council
// scores — never an entry of a member's own xã —, results are published with ranks and
// certificates, the round counts toward the programme's contest target, and winners go up a level.
// Another province's round is "not found".
import { beforeAll, describe, expect, it } from 'vitest';
import { createContestRound } from '@/lib/server/contests/create-contest-round';
import { findContestRounds } from '@/lib/server/contests/find-contest-rounds';
import { findFacilityAwards } from '@/lib/server/contests/find-facility-awards';
import { forwardContestEntry } from '@/lib/server/contests/forward-contest-entry';
import { forwardContestWinners } from '@/lib/server/contests/forward-contest-winners';
import { getContestRound } from '@/lib/server/contests/get-contest-round';
import { moveContestRound } from '@/lib/server/contests/move-contest-round';
import { scoreContestEntry } from '@/lib/server/contests/score-contest-entry';
import { db } from '@/lib/server/db';
import { findProgrammeProgress } from '@/lib/server/programmes/find-programme-progress';
import { loadAppendix, saveAppendix } from '@/lib/server/programmes/programme-appendix-store';
import { daysFromNow, thisYear } from '../factories/clock';
import { codeOf, errorOf } from '../factories/errors';
import { appendixCoveringThisYear, createProgramme, targetOf } from '../factories/programme';
import { createActor, createFacility, createWorld, freshWorld } from '../factories/world';

let w: Awaited<ReturnType<typeof createWorld>>;
let xaB: Awaited<ReturnType<typeof createActor>>;
let ldSct: Awaited<ReturnType<typeof createActor>>;
let programmeId: number;
let targetId: number;

const roundInput = (memberIds: number[], extra: Partial<Parameters<typeof createContestRound>[1]> = {}) => ({
  name: 'Bình chọn SPCNNTTB cấp thành phố (thử)',
  level: 'PROVINCE' as const,
  year: thisYear(),
  decisionNumber: `${Math.floor(Math.random() * 1e6)}/QĐ-SCT`,
  decisionDate: daysFromNow(-10),
  winnerCount: 1,
  programmeTargetId: targetId,
  criteria: [
    { name: 'Chất lượng', maxPoints: 60 },
    { name: 'Thị trường', maxPoints: 40 },
  ],
  memberIds,
  ...extra,
});

beforeAll(async () => {
  w = await freshWorld(createWorld);
  xaB = await createActor('XA_OFFICER', { provinceId: w.hp.province.id, adminUnitId: w.xaB.id });
  ldSct = await createActor('SCT_LEADER', { provinceId: w.ld.province.id, organizationId: w.ld.orgs.sct.id });
  const programme = await createProgramme({ provinceId: w.hp.province.id, status: 'APPROVED', appendix: appendixCoveringThisYear() });
  programmeId = programme.id;
  targetId = (await targetOf(programme.id, 'II.5')).id;
});

async function criteriaOf(roundId: number) {
  return db.contestCriterion.findMany({ where: { roundId }, orderBy: { sortOrder: 'asc' } });
}

describe('a city round from opening to published results', () => {
  it('runs the journey, refuses a member’s own xã, and counts toward the target', async () => {
    const { sct, ttkc, xaA } = w.actors;
    // Council: the Sở, the Trung tâm and the xã officer of Nam Sách (xaA).
    expect(await codeOf(createContestRound(xaA, roundInput([sct.id])))).toBe('FORBIDDEN');
    const { id } = await createContestRound(sct, roundInput([sct.id, ttkc.id, xaA.id]));
    const year = thisYear();
    const before = await findProgrammeProgress(sct, programmeId);
    const achievedBefore = before.groups.flatMap((g) => g.targets).find((t) => t.targetId === targetId)!.byYear.find((y) => y.year === year)?.achieved ?? 0;

    // Entries only while open; a xã forwards only its own facilities.
    expect(await codeOf(forwardContestEntry(xaA, { roundId: id, facilityId: w.facilityA.id, productName: 'Bình gốm', productGroup: 'Thủ công mỹ nghệ' }))).toBe('ILLEGAL_TRANSITION');
    await moveContestRound(sct, { roundId: id, event: 'open' });
    const a = await forwardContestEntry(xaA, { roundId: id, facilityId: w.facilityA.id, productName: 'Bình gốm', productGroup: 'Thủ công mỹ nghệ' });
    expect(await codeOf(forwardContestEntry(xaA, { roundId: id, facilityId: w.facilityB.id, productName: 'Máy tuốt', productGroup: 'Cơ khí' }))).toBe('VALIDATION');
    const b = await forwardContestEntry(xaB, { roundId: id, facilityId: w.facilityB.id, productName: 'Máy tuốt', productGroup: 'Cơ khí' });
    expect(await codeOf(forwardContestEntry(xaB, { roundId: id, facilityId: w.facilityB.id, productName: 'Máy tuốt', productGroup: 'Cơ khí' }))).toBe('CONFLICT');

    const [quality, market] = await criteriaOf(id);
    const points = (q: number, m: number) => [{ criterionId: quality!.id, points: q }, { criterionId: market!.id, points: m }];
    // Not before scoring starts.
    expect(await codeOf(scoreContestEntry(sct, { entryId: a.id, points: points(50, 30) }))).toBe('ILLEGAL_TRANSITION');
    await moveContestRound(sct, { roundId: id, event: 'startScoring' });
    expect(await codeOf(forwardContestEntry(xaA, { roundId: id, facilityId: w.facilityA.id, productName: 'Lọ gốm', productGroup: 'Thủ công mỹ nghệ' }))).toBe('ILLEGAL_TRANSITION');

    // The council member from Nam Sách may not score the Nam Sách entry: refused on the server, nothing stored.
    const own = await errorOf(scoreContestEntry(xaA, { entryId: a.id, points: points(60, 40) }));
    expect([own.code, own.message]).toEqual(['FORBIDDEN', 'Thành viên hội đồng không chấm sản phẩm của xã mình.']);
    expect(await db.contestScore.count({ where: { entryId: a.id, memberId: xaA.id } })).toBe(0);
    expect((await getContestRound(xaA, id)).entries.find((e) => e.id === a.id)).toMatchObject({ canScore: false, ownXa: true });
    // A user outside the council, and points above a criterion's maximum, are refused too.
    expect(await codeOf(scoreContestEntry(xaB, { entryId: a.id, points: points(50, 30) }))).toBe('FORBIDDEN');
    expect(await codeOf(scoreContestEntry(sct, { entryId: a.id, points: points(61, 30) }))).toBe('VALIDATION');

    await scoreContestEntry(sct, { entryId: a.id, points: points(50, 30) }); // 80
    await scoreContestEntry(ttkc, { entryId: a.id, points: points(52, 33) }); // 85
    await scoreContestEntry(sct, { entryId: b.id, points: points(40, 30) }); // 70
    await scoreContestEntry(ttkc, { entryId: b.id, points: points(45, 30) }); // 75
    await scoreContestEntry(xaA, { entryId: b.id, points: points(50, 31) }); // 81 (Vĩnh Bảo: allowed)
    // Scoring again replaces the member's own scores.
    await scoreContestEntry(sct, { entryId: a.id, points: points(51, 30) }); // 81

    expect(await codeOf(moveContestRound(xaA, { roundId: id, event: 'publish' }))).toBe('FORBIDDEN');
    await moveContestRound(sct, { roundId: id, event: 'publish' });
    const published = await getContestRound(sct, id);
    expect(published.status).toBe('PUBLISHED');
    expect(published.entries.map((e) => [e.productName, e.rank, e.scoreHundredths, e.winner])).toEqual([
      ['Bình gốm', 1, 8300, true],
      ['Máy tuốt', 2, 7533, false],
    ]);
    expect(await codeOf(scoreContestEntry(sct, { entryId: a.id, points: points(1, 1) }))).toBe('ILLEGAL_TRANSITION');
    const audit = await db.auditEvent.findMany({ where: { entityType: 'ContestRound', entityId: id }, orderBy: { id: 'asc' }, select: { event: true, toStatus: true } });
    expect(audit.map((e) => `${e.event}→${e.toStatus}`)).toEqual(['create→DRAFT', 'open→OPEN', 'startScoring→SCORING', 'publish→PUBLISHED']);

    // The published city round counts as 1 achieved toward its target in its year.
    const after = await findProgrammeProgress(sct, programmeId);
    const target = after.groups.flatMap((g) => g.targets).find((t) => t.targetId === targetId)!;
    expect(target.unit).toBe('Cuộc bình chọn');
    expect(target.byYear.find((y) => y.year === year)!.achieved).toBe(achievedBefore + 1);

    // The facility's award.
    expect((await findFacilityAwards(w.facilityA.id)).map((x) => [x.productName, x.rank])).toEqual([['Bình gốm', 1]]);
    expect(await findFacilityAwards(w.facilityB.id)).toEqual([]);

    // Winners go to a regional round (once, however often forwarded).
    const regional = await createContestRound(sct, roundInput([ttkc.id], { level: 'REGION', name: 'Khu vực (thử)' }));
    expect(await forwardContestWinners(sct, { fromRoundId: id, toRoundId: regional.id })).toEqual({ forwarded: 1 });
    expect(await forwardContestWinners(sct, { fromRoundId: id, toRoundId: regional.id })).toEqual({ forwarded: 0 });
    expect(await codeOf(forwardContestWinners(sct, { fromRoundId: regional.id, toRoundId: id }))).toBe('ILLEGAL_TRANSITION');
    const entries = await db.contestEntry.findMany({ where: { roundId: regional.id } });
    expect(entries.map((e) => [e.productName, e.sourceEntryId])).toEqual([['Bình gốm', a.id]]);
    // A regional round does not count toward the province's target.
    expect((await db.contestRound.findUniqueOrThrow({ where: { id: regional.id } })).programmeTargetId).toBeNull();
  });
});

describe('the programme appendix', () => {
  it('keeps a target that a contest round counts toward', async () => {
    await createContestRound(w.actors.sct, roundInput([w.actors.sct.id]));
    const appendix = await loadAppendix(db, programmeId, appendixCoveringThisYear().years);
    const without = { ...appendix, groups: appendix.groups.map((g) => ({ ...g, items: g.items.filter((i) => i.id !== targetId) })) };
    const refused = await errorOf(db.$transaction((tx) => saveAppendix(tx, programmeId, without)));
    expect([refused.code, refused.message]).toEqual(['VALIDATION', expect.stringMatching(/II\.5 \(0 đề án, 0 đề xuất, \d+ cuộc bình chọn\)/)]);
    expect(await db.programmeTarget.count({ where: { id: targetId } })).toBe(1);
  });
});

describe('scope', () => {
  it('answers 404 for another province’s round, entry and forward', async () => {
    const { id } = await createContestRound(w.actors.sct, roundInput([w.actors.sct.id]));
    await moveContestRound(w.actors.sct, { roundId: id, event: 'open' });
    const entry = await forwardContestEntry(w.actors.xaA, { roundId: id, facilityId: w.facilityA.id, productName: 'Gốm lam', productGroup: 'Thủ công mỹ nghệ' });
    expect(await codeOf(getContestRound(ldSct, id))).toBe('NOT_FOUND');
    expect(await codeOf(moveContestRound(ldSct, { roundId: id, event: 'startScoring' }))).toBe('NOT_FOUND');
    expect(await codeOf(scoreContestEntry(ldSct, { entryId: entry.id, points: [] }))).toBe('NOT_FOUND');
    expect((await findContestRounds(ldSct)).map((r) => r.id)).not.toContain(id);
    // A Lâm Đồng facility cannot be entered into a Hải Phòng round, nor a council member from another province named.
    const ldFacility = await createFacility(w.ld.province.id, w.xaLd.id);
    expect(await codeOf(forwardContestEntry(w.actors.xaA, { roundId: id, facilityId: ldFacility.id, productName: 'Chè', productGroup: 'Thực phẩm' }))).toBe('VALIDATION');
    expect(await codeOf(createContestRound(w.actors.sct, roundInput([ldSct.id])))).toBe('VALIDATION');
    // Roles without contest business see nothing.
    expect(await codeOf(findContestRounds(w.actors.kbnn))).toBe('FORBIDDEN');
    expect(await codeOf(getContestRound(w.actors.beneficiaryA, id))).toBe('FORBIDDEN');
  });
});
