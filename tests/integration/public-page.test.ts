// The public page's data (/cong-khai, issue 17): only approved đề án and what follows, only certified
// contest entries of published rounds, programme progress — and no personal data.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { readPublicOverview } from '@/lib/server/public/find-public-overview';
import { thisYear } from '../factories/clock';
import { appendixCoveringThisYear, createProgramme, targetOf } from '../factories/programme';
import { createProject, createWorld, freshWorld } from '../factories/world';

let w: Awaited<ReturnType<typeof createWorld>>;

beforeAll(async () => {
  w = await freshWorld(createWorld);
  await db.facility.update({ where: { id: w.facilityA.id }, data: { representative: 'Nguyễn Văn Riêng', phone: '0900000001', address: 'Số 1 đường Riêng' } });
});

describe('the public overview of a province and year', () => {
  it('lists approved đề án with public columns only, never drafts or another province', async () => {
    const year = thisYear();
    await db.project.updateMany({ where: { id: { in: [w.projectA.id, w.projectB.id] } }, data: { year } });
    const draft = await createProject({ provinceId: w.hp.province.id, implementingOrgId: w.hp.orgs.ttkc.id, adminUnitId: w.xaA.id, facilityIds: [w.facilityA.id], status: 'SUBMITTED' });
    await db.project.update({ where: { id: draft.id }, data: { year } });
    const overview = (await readPublicOverview(w.hp.province.code, year))!;
    expect(overview.projects.map((p) => p.id).sort()).toEqual([w.projectA.id, w.projectB.id].sort());
    const a = overview.projects.find((p) => p.id === w.projectA.id)!;
    expect(a).toMatchObject({ facilities: ['Cơ sở gốm A'], approvedSupportVnd: '300000000', adminUnit: { name: 'Nam Sách' } });
    const text = JSON.stringify(overview);
    for (const secret of ['Nguyễn Văn Riêng', '0900000001', 'Số 1 đường Riêng', w.facilityA.taxCode]) expect(text).not.toContain(secret);
    expect(JSON.stringify(await readPublicOverview(w.ld.province.code, year))).not.toContain('Cơ sở gốm A');
    expect(await readPublicOverview('XX', year)).toBeNull();
  });

  it('pages a year of thousands: 50 đề án a page in code order, the count of all, never a 4 MB page', async () => {
    const year = thisYear() - 5; // a year no other test of this file fills
    await db.project.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({
        provinceId: w.hp.province.id,
        implementingOrgId: w.hp.orgs.ttkc.id,
        code: `CK-${String(i).padStart(4, '0')}`,
        name: `Đề án công khai ${i}`,
        year,
        fundingLevel: 'KCDP' as const,
        status: 'APPROVED' as const,
        contentCategoryId: w.projectA.contentCategoryId,
        totalCostVnd: 10n,
        stateSupportVnd: 5n,
        counterpartVnd: 5n,
        createdById: w.actors.ttkc.id,
      })),
    });
    const first = (await readPublicOverview(w.hp.province.code, year))!;
    const third = (await readPublicOverview(w.hp.province.code, year, 3))!;
    expect([first.projectCount, first.pageCount, first.projects.length, third.projects.length]).toEqual([120, 3, 50, 20]);
    expect(first.projects[0]!.code).toBe('CK-0000');
    expect(third.projects.at(-1)!.code).toBe('CK-0119');
    expect((await readPublicOverview(w.hp.province.code, year, 4))!.projects).toEqual([]);
  });

  it('shows winners of published rounds only, and the contest target’s progress', async () => {
    const year = thisYear();
    const programme = await createProgramme({ provinceId: w.hp.province.id, status: 'APPROVED', appendix: appendixCoveringThisYear() });
    const target = await targetOf(programme.id, 'II.5');
    const round = (status: 'SCORING' | 'PUBLISHED') =>
      db.contestRound.create({
        data: { provinceId: w.hp.province.id, level: 'PROVINCE', year, name: `Vòng ${status}`, decisionNumber: `1/${status}`, decisionDate: new Date(Date.UTC(year, 0, 5)), programmeTargetId: target.id, status, createdById: w.actors.sct.id },
      });
    const published = await round('PUBLISHED');
    const scoring = await round('SCORING');
    const entry = (roundId: number, productName: string, certificateNo: string | null) =>
      db.contestEntry.create({
        data: { roundId, provinceId: w.hp.province.id, facilityId: w.facilityA.id, adminUnitId: w.xaA.id, productName, productGroup: 'Gốm', forwardedById: w.actors.xaA.id, rank: 1, certificateNo },
      });
    await entry(published.id, 'Bình gốm công bố', 'GCN-1');
    await entry(published.id, 'Lọ gốm không đạt', null);
    await entry(scoring.id, 'Đĩa gốm chưa công bố', 'GCN-X');
    const overview = (await readPublicOverview(w.hp.province.code, year))!;
    expect(overview.winners.map((x) => x.productName)).toEqual(['Bình gốm công bố']);
    const progress = overview.programmes.find((p) => p.id === programme.id)!.targets.find((t) => t.id === target.id)!;
    expect([progress.unit, progress.year?.achieved]).toEqual(['Cuộc bình chọn', 1]);
  });
});
