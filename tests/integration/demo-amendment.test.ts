// Issue 12 item 1: the demo's pending amendment (listed on the Sở Công Thương home as waiting) must
// render on /de-an/[id]/dieu-chinh and be decidable — its before/after are whole snapshots of the
// đề án, as requestAmendment itself would have stored them.
import { beforeAll, describe, expect, it } from 'vitest';
import { isAmendmentPending } from '@/lib/domain/lifecycle/project';
import { diffSnapshots } from '@/lib/domain/project-amendment';
import type { Actor } from '@/lib/domain/roles';
import { amendmentDecisionSchema } from '@/lib/schemas/project';
import { projectSnapshotSchema } from '@/lib/schemas/project-snapshot';
import { db } from '@/lib/server/db';
import { decideAmendment } from '@/lib/server/projects/decide-amendment';
import { getProjectOrThrow } from '@/lib/server/projects/get-project';
import { resetDemoData, type DemoData } from '@/prisma/seed/index';
import { testNow } from '../factories/clock';

let demo: DemoData;

async function actorOf(username: string): Promise<Actor> {
  const u = await db.user.findUniqueOrThrow({ where: { username } });
  return { id: u.id, role: u.role, fullName: u.fullName, provinceId: u.provinceId, organizationId: u.organizationId, adminUnitId: u.adminUnitId, facilityId: u.facilityId };
}

beforeAll(async () => {
  demo = await resetDemoData(db, { now: testNow() });
}, 120_000);

describe('the demo pending amendment', () => {
  it('stores whole snapshots, renders its difference and can be approved', async () => {
    const projectId = demo.projectIds.get('HP:KCĐP-2026-002')!;
    const sct = await actorOf('sct.lanhdao');
    const project = await getProjectOrThrow(sct, projectId);
    const pending = project.amendments.find((a) => isAmendmentPending(a.status))!;
    expect(pending).toBeDefined();
    const before = projectSnapshotSchema.parse(pending.before);
    const after = projectSnapshotSchema.parse(pending.after);
    expect(before.costLines.length).toBe(project.costLines.length);
    expect(diffSnapshots(before, after)).toEqual([{ label: 'Ngày kết thúc', before: '30/11/2026', after: '20/12/2026' }]);

    await decideAmendment(sct, amendmentDecisionSchema.parse({ amendmentId: pending.id, approve: true, decision: { number: '120/QĐ-SCT', issuedOn: '20/11/2026', signer: 'Trần Thị Thu Hà', issuer: 'Sở Công Thương Hải Phòng', summary: 'Điều chỉnh thời gian hoàn thành' } }));
    const applied = await db.project.findUniqueOrThrow({ where: { id: projectId }, include: { costLines: true, beneficiaries: true } });
    expect(applied.version).toBe(2);
    expect(applied.endDate?.toISOString().slice(0, 10)).toBe('2026-12-20');
    expect(applied.totalCostVnd).toBe(project.totalCostVnd);
    expect(applied.costLines.length).toBe(project.costLines.length);
    expect(applied.beneficiaries.length).toBe(project.beneficiaries.length);
  });
});
