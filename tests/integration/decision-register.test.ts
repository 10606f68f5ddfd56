// The decision register: every decision in one searchable list, each linked to what it decided,
// seen through the actor's scope.
import { beforeAll, describe, expect, it } from 'vitest';
import { approvalSchema } from '@/lib/schemas/project';
import { db } from '@/lib/server/db';
import { findDecisions } from '@/lib/server/decisions/find-decisions';
import { approveProject } from '@/lib/server/projects/approve-project';
import { createDossierProject, createPassingAppraisal, createProjectWorld, decision, type ProjectWorld } from '../factories/project';
import { freshWorld } from '../factories/world';

let w: ProjectWorld;
let projectA: { id: number; code: string };

beforeAll(async () => {
  w = await freshWorld(createProjectWorld);
  projectA = await createDossierProject(w, { status: 'APPRAISED' });
  await createPassingAppraisal(projectA.id, w.actors.sct.id, 250_000_000n);
  await approveProject(w.actors.sct, approvalSchema.parse({ projectId: projectA.id, expectedStatus: 'APPRAISED', approvedSupportVnd: '250.000.000', decision: { ...decision('1234/QĐ-SCT'), summary: 'Phê duyệt đề án ứng dụng máy móc' } }));
  const projectB = await createDossierProject(w, { status: 'APPRAISED', facilityIds: [w.facilityB.id], adminUnitId: w.xaB.id });
  await createPassingAppraisal(projectB.id, w.actors.sct.id, 250_000_000n);
  await approveProject(w.actors.sct, approvalSchema.parse({ projectId: projectB.id, expectedStatus: 'APPRAISED', approvedSupportVnd: '250.000.000', decision: { ...decision('1235/QĐ-SCT'), summary: 'Phê duyệt đề án hội chợ' } }));
  await db.decision.create({ data: { provinceId: w.ld.province.id, kind: 'PLAN_APPROVAL', number: '9/QĐ-UBND', issuedOn: new Date('2026-01-05'), issuer: 'UBND tỉnh Lâm Đồng', signer: 'B', summary: 'Kế hoạch' } });
});

describe('decision register', () => {
  it('lists every decision of the province with the đề án it approved', async () => {
    const { rows, total } = await findDecisions(w.actors.ttkc, {});
    expect(total).toBe(2);
    const row = rows.find((r) => r.number === '1234/QĐ-SCT')!;
    expect(row).toMatchObject({ kind: 'PROJECT_APPROVAL', signer: 'Nguyễn Văn A', legalBasis: 'Nghị định 45/2012/NĐ-CP' });
    expect(row.projects.map((p) => p.code)).toEqual([projectA.code]);
  });

  it('searches number and summary without diacritics, and filters kind and year', async () => {
    expect((await findDecisions(w.actors.ttkc, { q: 'ung dung may moc' })).rows.map((r) => r.number)).toEqual(['1234/QĐ-SCT']);
    expect((await findDecisions(w.actors.ttkc, { q: '1235' })).rows.map((r) => r.number)).toEqual(['1235/QĐ-SCT']);
    expect((await findDecisions(w.actors.ttkc, { kind: 'PLAN_APPROVAL' })).total).toBe(0);
    expect((await findDecisions(w.actors.ttkc, { year: 2025 })).total).toBe(0);
    expect((await findDecisions(w.actors.ttkc, { year: 2026 })).total).toBe(2);
  });

  it('shows a xã only the decisions about its own đề án, and another province nothing of Hải Phòng', async () => {
    expect((await findDecisions(w.actors.xaA, {})).rows.map((r) => r.number)).toEqual(['1234/QĐ-SCT']);
    expect((await findDecisions(w.actors.xaB, {})).rows.map((r) => r.number)).toEqual(['1235/QĐ-SCT']);
    await expect(findDecisions(w.actors.beneficiaryB, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await findDecisions(w.actors.ldTtkc, {})).rows.map((r) => r.number)).toEqual(['9/QĐ-UBND']);
  });
});
