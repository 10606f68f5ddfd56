// The home page's "Việc cần xử lý": each list holds only what this person may see (their province,
// their xã, their facility) and what waits for their role.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { findHomeWork } from '@/lib/server/home/find-home-work';
import { findWorkItems, getScopeSummary } from '@/lib/server/home/find-work-items';
import { createPaymentRequest } from '../factories/payment';
import { createProject, createWorld, freshWorld } from '../factories/world';

let w: Awaited<ReturnType<typeof createWorld>>;

beforeEach(async () => { w = await freshWorld(createWorld); });

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

  it('describe each đề án by its state, its support and its last change, the most recently changed first', async () => {
    // Approved support when there is one, else the support asked for.
    const older = await createProject({ provinceId: w.hp.province.id, implementingOrgId: w.hp.orgs.ttkc.id, adminUnitId: w.xaA.id, status: 'UNDER_ACCEPTANCE' });
    await db.project.update({ where: { id: older.id }, data: { stateSupportVnd: 90_000_000n, totalCostVnd: 150_000_000n, updatedAt: new Date('2026-05-04T03:00:00Z') } });
    await db.project.update({ where: { id: w.projectA.id }, data: { stateSupportVnd: 250_000_000n, updatedAt: new Date('2026-06-10T03:00:00Z') } });
    const underWay = (await findWorkItems(w.actors.ttkc)).find((s) => s.title === 'Đề án đang thực hiện / nghiệm thu')!;
    expect(underWay.hint).toBe('Theo dõi tiến độ, tổ chức nghiệm thu.');
    expect(underWay.total).toBe(2);
    expect(underWay.items).toEqual([
      { href: `/de-an/${w.projectA.id}`, title: `${w.projectA.code} · ${w.projectA.name}`, meta: 'Đang thực hiện · hỗ trợ 300.000.000\u00a0₫ · cập nhật 10/06/2026' },
      { href: `/de-an/${older.id}`, title: `${older.code} · ${older.name}`, meta: 'Đang nghiệm thu · hỗ trợ 90.000.000\u00a0₫ · cập nhật 04/05/2026' },
    ]);
  });

  it("show the SCT the amendments of its province waiting for a decision, oldest first, and the Trung tâm none", async () => {
    const amend = (projectId: number, scale: 'LARGE' | 'SMALL', reason: string, requestedAt: string, status: 'REQUESTED' | 'APPROVED' = 'REQUESTED') =>
      db.amendment.create({
        data: { projectId, fromVersion: 1, kinds: ['TIME'], scale, reason, before: {}, after: {}, status, requestedById: w.actors.ttkc.id, requestedAt: new Date(requestedAt) },
      });
    await amend(w.projectA.id, 'SMALL', 'Lùi ngày kết thúc', '2026-07-02T02:00:00Z');
    await amend(w.projectB.id, 'LARGE', 'Đổi thiết bị', '2026-07-01T02:00:00Z');
    await amend(w.projectA.id, 'LARGE', 'Đã quyết định trước đây', '2026-06-01T02:00:00Z', 'APPROVED');
    await amend(w.projectLd.id, 'LARGE', 'Của Lâm Đồng', '2026-06-15T02:00:00Z');

    const section = (await findWorkItems(w.actors.sct)).find((s) => s.title === 'Đề nghị điều chỉnh đề án chờ quyết định')!;
    expect(section.hint).toBe('Xem nội dung trước/sau điều chỉnh và phê duyệt hoặc từ chối.');
    expect(section.total).toBe(2);
    expect(section.items).toEqual([
      { href: `/de-an/${w.projectB.id}`, title: `${w.projectB.code} · ${w.projectB.name}`, meta: 'Điều chỉnh lớn · Đổi thiết bị · 01/07/2026' },
      { href: `/de-an/${w.projectA.id}`, title: `${w.projectA.code} · ${w.projectA.name}`, meta: 'Điều chỉnh nhỏ · Lùi ngày kết thúc · 02/07/2026' },
    ]);
    expect((await findWorkItems(w.actors.ttkc)).map((s) => s.title)).not.toContain('Đề nghị điều chỉnh đề án chờ quyết định');
  });

  it("show Kho bạc the requests sent to it, and the Trung tâm those it has not sent", async () => {
    const actors = { ttkc: w.actors.ttkc, kbnn: w.actors.kbnn };
    const advance = await createPaymentRequest(actors, w.projectA.id, 'ADVANCE', 100_000_000n, 'SENT_TO_TREASURY');
    const draft = await createPaymentRequest(actors, w.projectA.id, 'ADVANCE', 40_000_000n);
    await db.paymentRequest.update({ where: { id: advance }, data: { createdAt: new Date('2026-04-01T02:00:00Z'), sentAt: new Date('2026-04-03T02:00:00Z') } });
    // Shown as a payment (the list names the kind): set on the row, since a payment needs a passed acceptance first.
    await db.paymentRequest.update({ where: { id: draft }, data: { kind: 'PAYMENT', createdAt: new Date('2026-04-05T02:00:00Z') } });

    const treasury = (await findWorkItems(w.actors.kbnn)).find((s) => s.title === 'Đề nghị thanh toán chờ kiểm soát chi')!;
    expect(treasury.hint).toBe('Kiểm soát theo dự toán được giao và hợp đồng; chấp nhận hoặc từ chối có lý do.');
    expect(treasury.total).toBe(1);
    expect(treasury.items).toEqual([
      { href: `/de-an/${w.projectA.id}`, title: `Tạm ứng 100.000.000\u00a0₫ · ${w.projectA.code}`, meta: `${w.projectA.name} · Đã gửi Kho bạc · 03/04/2026` },
    ]);
    // Made last but dated first: the oldest request leads the centre's list.
    const older = await createPaymentRequest(actors, w.projectA.id, 'ADVANCE', 30_000_000n);
    await db.paymentRequest.update({ where: { id: older }, data: { createdAt: new Date('2026-04-02T02:00:00Z') } });
    const centre = (await findWorkItems(w.actors.ttkc)).find((s) => s.title === 'Đề nghị tạm ứng/thanh toán chưa gửi hoặc bị từ chối')!;
    expect(centre.total).toBe(2);
    expect(centre.items).toEqual([
      { href: `/de-an/${w.projectA.id}`, title: `Tạm ứng 30.000.000\u00a0₫ · ${w.projectA.code}`, meta: `${w.projectA.name} · Dự thảo · 02/04/2026` },
      { href: `/de-an/${w.projectA.id}`, title: `Thanh toán 40.000.000\u00a0₫ · ${w.projectA.code}`, meta: `${w.projectA.name} · Dự thảo · 05/04/2026` },
    ]);
  });

  it('are read through the data-version cache and show a change the moment it is committed, each scope apart', async () => {
    const underWay = (home: Awaited<ReturnType<typeof findHomeWork>>) => home.sections.find((s) => s.title === 'Đề án đang thực hiện / nghiệm thu');
    const first = await findHomeWork(w.actors.ttkc);
    expect(first.sections).toEqual(expect.arrayContaining(await findWorkItems(w.actors.ttkc)));
    expect(first.summary).toEqual(await getScopeSummary(w.actors.ttkc));
    expect(underWay(first)!.total).toBe(1);
    expect(await findHomeWork(w.actors.ttkc)).toEqual(first); // from the cache
    // A xã officer's home is its own, not the centre's kept one.
    expect((await findHomeWork(w.actors.xaA)).summary).toEqual({ projects: 1, approvedSupport: '300.000.000\u00a0₫', paid: '0\u00a0₫' });
    // A đề án reaching execution is in the next view, with the headline.
    const mine = await createProject({ provinceId: w.hp.province.id, implementingOrgId: w.hp.orgs.ttkc.id, adminUnitId: w.xaA.id, status: 'IN_PROGRESS' });
    const next = await findHomeWork(w.actors.ttkc);
    expect(underWay(next)!.total).toBe(2);
    expect(underWay(next)!.items.map((i) => i.href)).toContain(`/de-an/${mine.id}`);
    expect(next.summary.projects).toBe(first.summary.projects + 1);
  });
});
