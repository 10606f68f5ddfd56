// Each simple status change of a đề án (changeProjectStatus) on a real database: the new status,
// exactly one audit row saying who moved it from what to what and why, and a notice to exactly the
// people concerned — in the province, on the xã, of the facilities — and to no one else.
import { beforeEach, describe, expect, it } from 'vitest';
import type { ProjectStatus } from '@/lib/domain/lifecycle/project';
import type { Actor } from '@/lib/domain/roles';
import type { SimpleTransitionInput } from '@/lib/schemas/project';
import { db } from '@/lib/server/db';
import { changeProjectStatus } from '@/lib/server/projects/change-project-status';
import { notifyProject } from '@/lib/server/projects/notify-project';
import { createActor, createProject, createWorld, freshWorld } from '../factories/world';

type World = Awaited<ReturnType<typeof createWorld>>;
let w: World;
let ldSct: Actor;

beforeEach(async () => {
  w = await freshWorld(createWorld);
  ldSct = await createActor('SCT_LEADER', { provinceId: w.ld.province.id, organizationId: w.ld.orgs.sct.id });
});

type Audience = 'sct' | 'ttkc' | 'xaA' | 'beneficiaryA';
const CASES: { event: SimpleTransitionInput['event']; from: ProjectStatus; to: ProjectStatus; by: 'sct' | 'ttkc'; reason: string | null; told: Audience[] }[] = [
  { event: 'withdraw', from: 'SUBMITTED', to: 'DRAFT', by: 'ttkc', reason: null, told: [] },
  { event: 'returnForRevision', from: 'SUBMITTED', to: 'DRAFT', by: 'sct', reason: 'Bổ sung báo giá thứ ba', told: ['ttkc'] },
  { event: 'reject', from: 'APPRAISED', to: 'REJECTED', by: 'sct', reason: 'Trùng nội dung đã hỗ trợ', told: ['ttkc', 'xaA'] },
  { event: 'start', from: 'CONTRACTED', to: 'IN_PROGRESS', by: 'ttkc', reason: null, told: ['xaA', 'beneficiaryA'] },
  { event: 'stop', from: 'IN_PROGRESS', to: 'STOPPED', by: 'sct', reason: 'Cơ sở ngừng sản xuất', told: ['ttkc', 'xaA', 'beneficiaryA'] },
];

describe.each(CASES)('$event ($from → $to)', ({ event, from, to, by, reason, told }) => {
  it('changes the status, writes one audit row and tells exactly the people concerned', async () => {
    const project = await createProject({ provinceId: w.hp.province.id, implementingOrgId: w.hp.orgs.ttkc.id, adminUnitId: w.xaA.id, facilityIds: [w.facilityA.id], status: from });
    const actor = w.actors[by];
    expect(await changeProjectStatus(actor, { projectId: project.id, event, expectedStatus: from, reason: reason ?? undefined })).toBe(to);

    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).status).toBe(to);
    const audits = await db.auditEvent.findMany({ where: { entityType: 'Project', entityId: project.id } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ event, fromStatus: from, toStatus: to, actorId: actor.id, provinceId: w.hp.province.id, reason });

    const notices = await db.notification.findMany({ where: { link: `/de-an/${project.id}` }, orderBy: { userId: 'asc' } });
    const expectedUsers = told.map((who) => w.actors[who].id).sort((a, b) => a - b);
    expect(notices.map((n) => n.userId)).toEqual(expectedUsers);
    for (const n of notices) expect(n.title).toMatch(new RegExp(`^Đề án ${project.code}: `));
    // Lâm Đồng's leader and the other xã hear nothing.
    expect(await db.notification.count({ where: { userId: { in: [ldSct.id, w.actors.ldTtkc.id] } } })).toBe(0);
  });
});

describe('a status change refused', () => {
  it('leaves no audit row and no notice behind', async () => {
    const project = await createProject({ provinceId: w.hp.province.id, implementingOrgId: w.hp.orgs.ttkc.id, adminUnitId: w.xaA.id, facilityIds: [w.facilityA.id], status: 'SUBMITTED' });
    await expect(changeProjectStatus(w.actors.sct, { projectId: project.id, event: 'returnForRevision', expectedStatus: 'SUBMITTED', reason: undefined })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    expect(await db.auditEvent.count({ where: { entityId: project.id, entityType: 'Project' } })).toBe(0);
    expect(await db.notification.count()).toBe(0);
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).status).toBe('SUBMITTED');
  });
});

describe('what a status change says', () => {
  it('audits the money at the time, and tells the reason as typed, or the đề án name when none was asked', async () => {
    const project = await createProject({ provinceId: w.hp.province.id, implementingOrgId: w.hp.orgs.ttkc.id, adminUnitId: w.xaA.id, facilityIds: [w.facilityA.id], status: 'IN_PROGRESS', approvedSupportVnd: 80_000_000n });
    await db.project.update({ where: { id: project.id }, data: { totalCostVnd: 120_000_000n, stateSupportVnd: 80_000_000n } });
    await changeProjectStatus(w.actors.sct, { projectId: project.id, event: 'stop', expectedStatus: 'IN_PROGRESS', reason: '  Cơ sở ngừng sản xuất  ' });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: 'Project', entityId: project.id } });
    expect(audit.data).toEqual({ totalCostVnd: '120000000', stateSupportVnd: '80000000' });
    const told = await db.notification.findMany({ where: { link: `/de-an/${project.id}` }, select: { title: true, body: true } });
    expect(told.length).toBeGreaterThan(0);
    for (const n of told) expect(n).toEqual({ title: `Đề án ${project.code}: Dừng thực hiện`, body: 'Cơ sở ngừng sản xuất' });

    const started = await createProject({ provinceId: w.hp.province.id, implementingOrgId: w.hp.orgs.ttkc.id, adminUnitId: w.xaA.id, facilityIds: [w.facilityA.id], status: 'CONTRACTED', name: 'Máy ép gạch Nam Sách' });
    await changeProjectStatus(w.actors.ttkc, { projectId: started.id, event: 'start', expectedStatus: 'CONTRACTED' });
    const startNotices = await db.notification.findMany({ where: { link: `/de-an/${started.id}` }, select: { body: true } });
    expect(startNotices.map((n) => n.body)).toEqual(['Máy ép gạch Nam Sách', 'Máy ép gạch Nam Sách']);
  });
});

describe('notifyProject', () => {
  it("tells each audience asked for, only within the đề án's province, xã and facilities, and only active accounts", async () => {
    const project = await createProject({ provinceId: w.hp.province.id, implementingOrgId: w.hp.orgs.ttkc.id, adminUnitId: w.xaA.id, facilityIds: [w.facilityA.id], status: 'IN_PROGRESS' });
    const full = await db.project.findUniqueOrThrow({ where: { id: project.id }, include: { beneficiaries: { select: { facilityId: true } } } });
    const xaB = await createActor('XA_OFFICER', { provinceId: w.hp.province.id, adminUnitId: w.xaB.id });
    const beneficiaryB = await createActor('BENEFICIARY', { provinceId: w.hp.province.id, facilityId: w.facilityB.id });
    const retired = await createActor('SCT_LEADER', { provinceId: w.hp.province.id, organizationId: w.hp.orgs.sct.id });
    await db.user.update({ where: { id: retired.id }, data: { isActive: false } });
    const told = async (audience: Parameters<typeof notifyProject>[2], link?: string) => {
      await db.notification.deleteMany();
      await db.$transaction((tx) => notifyProject(tx, full, audience, { title: 'Thông báo thử', link }));
      return (await db.notification.findMany({ orderBy: { userId: 'asc' }, select: { userId: true, link: true } })).map((n) => [n.userId, n.link]);
    };
    const at = `/de-an/${project.id}`;
    expect(await told(['sct'])).toEqual([[w.actors.sct.id, at]]);
    expect(await told(['ttkc'])).toEqual([[w.actors.ttkc.id, at]]);
    expect(await told(['xa'])).toEqual([[w.actors.xaA.id, at]]);
    expect(await told(['beneficiaries'], '/tien-cua-toi')).toEqual([[w.actors.beneficiaryA.id, '/tien-cua-toi']]);
    expect(await told([])).toEqual([]);
    const everyone = (await told(['sct', 'ttkc', 'xa', 'beneficiaries'])).map(([id]) => id);
    expect(everyone).toEqual([w.actors.sct.id, w.actors.ttkc.id, w.actors.xaA.id, w.actors.beneficiaryA.id].sort((a, b) => a - b));
    for (const outsider of [xaB.id, beneficiaryB.id, retired.id, ldSct.id, w.actors.ldTtkc.id]) expect(everyone).not.toContain(outsider);
  });
});
