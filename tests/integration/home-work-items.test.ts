// The home page's "Việc cần xử lý": each list holds only what this person may see (their province,
// their xã, their facility) and what waits for their role.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { findWorkItems, getScopeSummary } from '@/lib/server/home/find-work-items';
import { createProject, createWorld, resetDatabase } from '../factories/world';

let w: Awaited<ReturnType<typeof createWorld>>;

beforeEach(async () => {
  await resetDatabase();
  w = await createWorld();
});

const links = (sections: Awaited<ReturnType<typeof findWorkItems>>) => sections.flatMap((s) => s.items.map((i) => i.href));

describe('the home work lists', () => {
  it("show the Trung tâm its own province's đề án under way, never another province's", async () => {
    const sections = await findWorkItems(w.actors.ttkc);
    const underWay = sections.find((s) => s.title === 'Đề án đang thực hiện / nghiệm thu')!;
    expect(underWay.items.map((i) => i.href)).toEqual([`/de-an/${w.projectA.id}`]);
    expect(underWay.total).toBe(1);
    expect(underWay.items[0]!.title).toBe(`${w.projectA.code} · ${w.projectA.name}`);
    expect(links(sections)).not.toContain(`/de-an/${w.projectLd.id}`);
    const ld = links(await findWorkItems(w.actors.ldTtkc));
    expect(ld).toEqual([`/de-an/${w.projectLd.id}`]);
  });

  it("show a xã officer only the đề án on their xã", async () => {
    const sections = await findWorkItems(w.actors.xaA);
    expect(links(sections)).toEqual([`/de-an/${w.projectA.id}`]);
    expect(links(sections)).not.toContain(`/de-an/${w.projectB.id}`);
  });

  it('show a beneficiary only the đề án of their facility', async () => {
    await db.project.update({ where: { id: w.projectB.id }, data: { status: 'IN_PROGRESS' } });
    expect(links(await findWorkItems(w.actors.beneficiaryA))).toEqual([`/de-an/${w.projectA.id}`]);
  });

  it("show the SCT only its province's đề án waiting for approval", async () => {
    const mine = await createProject({ provinceId: w.hp.province.id, implementingOrgId: w.hp.orgs.ttkc.id, adminUnitId: w.xaA.id, status: 'APPRAISED' });
    await createProject({ provinceId: w.ld.province.id, implementingOrgId: w.ld.orgs.ttkc.id, adminUnitId: w.xaLd.id, status: 'APPRAISED' });
    const sections = await findWorkItems(w.actors.sct);
    const waiting = sections.find((s) => s.title === 'Đề án đã thẩm định, chờ phê duyệt')!;
    expect(waiting.items.map((i) => i.href)).toEqual([`/de-an/${mine.id}`]);
    expect(waiting.total).toBe(1);
  });

  it("sum the headline figures over the actor's scope only", async () => {
    expect(await getScopeSummary(w.actors.xaA)).toEqual({ projects: 1, approvedSupport: '300.000.000\u00a0₫', paid: '0\u00a0₫' });
    expect((await getScopeSummary(w.actors.ttkc)).projects).toBe(2);
  });
});
