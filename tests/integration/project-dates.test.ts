// Issue 12 items 3 and 7: dates are checked against each other, the đề án's year and today (the
// server clock, fixed here), and a đề án of an earlier year follows the rules of its own dates.
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.CLOCK_FIXED_AT = '2026-11-30T09:00:00+07:00';
});

import { acceptanceRequestSchema, approvalSchema, contractSchema, projectGeneralSchema } from '@/lib/schemas/project';
import { db } from '@/lib/server/db';
import { approveProject } from '@/lib/server/projects/approve-project';
import { createProject } from '@/lib/server/projects/create-project';
import { findProjectNorm } from '@/lib/server/projects/find-project-norm';
import { getProjectOrThrow } from '@/lib/server/projects/get-project';
import { requestProjectAcceptance } from '@/lib/server/projects/request-project-acceptance';
import { signProjectContract } from '@/lib/server/projects/sign-project-contract';
import { errorOf } from '../factories/errors';
import { createDossierProject, createPassingAppraisal, createProjectWorld, decision, type ProjectWorld } from '../factories/project';
import { freshWorld } from '../factories/world';

let w: ProjectWorld;

beforeAll(async () => { w = await freshWorld(createProjectWorld); });

const general = (over: Record<string, unknown>) => projectGeneralSchema.parse({ name: 'Hỗ trợ máy sấy', year: 2026, fundingLevel: 'KCDP', contentCategoryId: w.categoryId, ...over });

describe('date rules in the use cases', () => {
  it('refuses a 2026 đề án running in 2019', async () => {
    const error = await errorOf(createProject(w.actors.ttkc, general({ startDate: '15/03/2019', endDate: '01/06/2019' })));
    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors).toEqual({
      startDate: 'Ngày bắt đầu (15/03/2019) phải trong năm 2026 của đề án',
      endDate: 'Ngày kết thúc (01/06/2019) phải trong năm 2026 của đề án (kéo dài sang năm sau qua điều chỉnh)',
    });
  });

  it('refuses an approval decision dated in the future', async () => {
    const project = await createDossierProject(w, { status: 'APPRAISED' });
    await createPassingAppraisal(project.id, w.actors.sct.id, 250_000_000n);
    const error = await errorOf(approveProject(w.actors.sct, approvalSchema.parse({ projectId: project.id, expectedStatus: 'APPRAISED', approvedSupportVnd: '250.000.000', decision: decision('901/QĐ-SCT', '31/12/2030') })));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe('Ngày ban hành quyết định (31/12/2030) không được sau ngày hôm nay (30/11/2026).');
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).status).toBe('APPRAISED');
  });

  it('refuses a contract signed before the approval', async () => {
    const project = await createDossierProject(w, { status: 'APPRAISED' });
    await createPassingAppraisal(project.id, w.actors.sct.id, 250_000_000n);
    await approveProject(w.actors.sct, approvalSchema.parse({ projectId: project.id, expectedStatus: 'APPRAISED', approvedSupportVnd: '250.000.000', decision: decision('902/QĐ-SCT', '15/03/2026') }));
    const contract = { projectId: project.id, expectedStatus: 'APPROVED', number: 'HĐ-2000', partyBName: 'Cơ sở A', valueVnd: '500.000.000', supportVnd: '250.000.000', filedWithTreasury: true };
    const early = await errorOf(signProjectContract(w.actors.ttkc, contractSchema.parse({ ...contract, signedOn: '01/01/2000' })));
    expect(early.fieldErrors).toEqual({ signedOn: 'Ngày ký hợp đồng (01/01/2000) không được trước ngày phê duyệt đề án (15/03/2026)' });
    const future = await errorOf(signProjectContract(w.actors.ttkc, contractSchema.parse({ ...contract, signedOn: '01/12/2026' })));
    expect(future.fieldErrors).toEqual({ signedOn: 'Ngày ký hợp đồng (01/12/2026) không được sau ngày hôm nay (30/11/2026)' });
    await signProjectContract(w.actors.ttkc, contractSchema.parse({ ...contract, signedOn: '20/03/2026' }));
  });

  it('refuses an acceptance scheduled before the work started', async () => {
    const project = await createDossierProject(w, { status: 'IN_PROGRESS' });
    const error = await errorOf(requestProjectAcceptance(w.actors.ttkc, acceptanceRequestSchema.parse({ projectId: project.id, expectedStatus: 'IN_PROGRESS', scheduledOn: '01/01/2001', councilMembers: 'SCT, TTKC' })));
    expect(error.fieldErrors).toEqual({ scheduledOn: 'Ngày nghiệm thu (01/01/2001) không được trước ngày bắt đầu đề án (01/03/2026)' });
  });
});

describe('the rules of the đề án’s own dates (item 7)', () => {
  it('labels and checks a 2022 đề án entered today by the rules of 2022', async () => {
    const hp = w.hp.province.id;
    await db.spendingNorm.updateMany({ where: { provinceId: hp, fundingSource: 'KCDP' }, data: { validFrom: new Date('2025-10-15') } });
    await db.spendingNorm.create({
      data: { provinceId: hp, contentCategoryId: w.categoryId, fundingSource: 'KCDP', maxShareBp: 5000, ceilingVnd: 200_000_000n, ceilingScope: 'PER_FACILITY', legalBasis: 'Nghị quyết 08/2019/NQ-HĐND', validFrom: new Date('2019-01-01'), validTo: new Date('2025-10-14') },
    });
    const created = await createProject(w.actors.ttkc, general({ year: 2022, startDate: '01/04/2022', endDate: '30/11/2022' }));
    const project = await getProjectOrThrow(w.actors.ttkc, created.id);
    expect(project.regime).toBe('ND45_2012');
    const norm = await findProjectNorm(w.actors.ttkc, project);
    expect(norm.norm?.legalBasis).toBe('Nghị quyết 08/2019/NQ-HĐND');
    expect(norm.on.toISOString().slice(0, 10)).toBe('2022-04-01');
  });
});
