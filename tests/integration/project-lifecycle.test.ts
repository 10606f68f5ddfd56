// A đề án from dossier to acceptance on a real database, every transition through its use case,
// with the audit row each one writes.
import { beforeAll, describe, expect, it } from 'vitest';

import { documentUploadSchema, acceptanceRequestSchema, acceptanceResultSchema, appraisalSchema, approvalSchema, contractSchema, costLinesSchema, projectGeneralSchema } from '@/lib/schemas/project';
import { uploadProjectDocument } from '@/lib/server/documents/upload-project-document';
import { db } from '@/lib/server/db';
import { appraiseProject } from '@/lib/server/projects/appraise-project';
import { approveProject } from '@/lib/server/projects/approve-project';
import { changeProjectStatus } from '@/lib/server/projects/change-project-status';
import { createProject } from '@/lib/server/projects/create-project';
import { handInDossier } from '@/lib/server/documents/acceptance-dossier';
import { recordAcceptanceResult } from '@/lib/server/projects/record-acceptance-result';
import { replaceCostLines } from '@/lib/server/projects/replace-cost-lines';
import { requestProjectAcceptance } from '@/lib/server/projects/request-project-acceptance';
import { setProjectBeneficiaries } from '@/lib/server/projects/set-project-beneficiaries';
import { signProjectContract } from '@/lib/server/projects/sign-project-contract';
import { ACCEPTANCE_KINDS, attachDocuments, createProjectWorld, decision, DOSSIER_KINDS, PASSING_CHECKLIST, passingAppraisalInput, type ProjectWorld } from '../factories/project';
import { errorOf } from '../factories/errors';
import { createActor, freshWorld } from '../factories/world';

let w: ProjectWorld;

beforeAll(async () => { w = await freshWorld(createProjectWorld); });

const pdf = (name: string) => new File([Buffer.from('%PDF-1.4\n% test\n')], name, { type: 'application/pdf' });

describe('a đề án from dossier to acceptance', () => {
  it('runs every step, each status change audited', async () => {
    const { ttkc, sct, beneficiaryA } = w.actors;
    const created = await createProject(
      ttkc,
      projectGeneralSchema.parse({
        name: 'Hỗ trợ ứng dụng máy ép gạch không nung',
        year: 2026,
        fundingLevel: 'KCDP',
        contentCategoryId: w.categoryId,
        adminUnitId: w.xaA.id,
        startDate: '01/03/2026',
        endDate: '30/11/2026',
        targetQuantity: '1',
        expectedOutputs: '01 máy ép gạch vận hành ổn định',
      }),
    );
    expect(created.code).toBe('KCĐP-2026-001');
    const projectId = created.id;
    await setProjectBeneficiaries(ttkc, { projectId, beneficiaries: [{ facilityId: w.facilityA.id, equipment: 'Máy ép gạch' }] });
    const totals = await replaceCostLines(
      ttkc,
      costLinesSchema.parse({
        projectId,
        lines: [
          { item: 'Máy ép gạch', unit: 'chiếc', quantity: '1', unitPriceVnd: '480.000.000', stateSupportVnd: '240.000.000', counterpartVnd: '240.000.000' },
          { item: 'Lắp đặt, chạy thử', unit: 'gói', quantity: '1,5', unitPriceVnd: '10.000.000', stateSupportVnd: '', counterpartVnd: '15.000.000' },
        ],
      }),
    );
    expect(totals).toEqual({ totalCostVnd: 495_000_000n, stateSupportVnd: 240_000_000n, counterpartVnd: 255_000_000n, otherFundingVnd: 0n });

    const missing = await errorOf(changeProjectStatus(ttkc, { projectId, expectedStatus: 'DRAFT', event: 'submit' }));
    expect(missing.message).toContain('Còn thiếu tài liệu trong hồ sơ đề án: Thuyết minh đề án');
    for (const kind of DOSSIER_KINDS) {
      const form = new FormData();
      form.set('projectId', String(projectId));
      form.set('kind', kind);
      form.set('file', pdf(`${kind}.pdf`));
      await uploadProjectDocument(ttkc, documentUploadSchema.parse(form));
    }
    expect(await changeProjectStatus(ttkc, { projectId, expectedStatus: 'DRAFT', event: 'submit' })).toBe('SUBMITTED');

    await appraiseProject(sct, passingAppraisalInput(projectId, '230.000.000'));
    const tooMuch = await errorOf(approveProject(sct, approvalSchema.parse({ projectId, expectedStatus: 'APPRAISED', approvedSupportVnd: '235.000.000', decision: decision('101/QĐ-SCT') })));
    expect(tooMuch.message).toMatch(/vượt mức thẩm định đề xuất 230\.000\.000/);
    await approveProject(sct, approvalSchema.parse({ projectId, expectedStatus: 'APPRAISED', approvedSupportVnd: '230.000.000', decision: decision('102/QĐ-SCT') }));

    const unfiled = { projectId, expectedStatus: 'APPROVED', number: 'HĐ-01', signedOn: '20/03/2026', partyBName: 'Cơ sở gốm A', valueVnd: '495.000.000', supportVnd: '230.000.000' };
    expect((await errorOf(signProjectContract(ttkc, contractSchema.parse(unfiled)))).fieldErrors).toEqual({ filedWithTreasury: 'Bắt buộc gửi Kho bạc' });
    await signProjectContract(ttkc, contractSchema.parse({ ...unfiled, filedWithTreasury: true }));
    await changeProjectStatus(ttkc, { projectId, expectedStatus: 'CONTRACTED', event: 'start' });
    const { acceptanceId } = await requestProjectAcceptance(ttkc, acceptanceRequestSchema.parse({ projectId, expectedStatus: 'IN_PROGRESS', scheduledOn: '10/11/2026', councilMembers: 'SCT, TTKC, UBND xã' }));

    const result = { projectId, expectedStatus: 'UNDER_ACCEPTANCE', result: 'PASS', heldOn: '12/11/2026', councilMembers: 'SCT, TTKC, UBND xã', deliveredQuantity: '1', acceptedValueVnd: '495.000.000' };
    const incomplete = await errorOf(recordAcceptanceResult(sct, acceptanceResultSchema.parse(result)));
    expect(incomplete.message).toBe(
      'Chưa thể nghiệm thu đạt. Còn thiếu tài liệu trong hồ sơ nghiệm thu: Biên bản nghiệm thu; Báo cáo kết quả thực hiện đề án; Hoá đơn tài chính.',
    );
    const form = new FormData();
    form.set('projectId', String(projectId));
    form.set('acceptanceId', String(acceptanceId));
    form.set('kind', 'HOA_DON');
    form.set('file', pdf('hoa-don.pdf'));
    await uploadProjectDocument(beneficiaryA, documentUploadSchema.parse(form));
    // An upload alone hands nothing in: the beneficiary says "Nộp hồ sơ" itself.
    expect((await db.acceptance.findUniqueOrThrow({ where: { id: acceptanceId } })).status).toBe('SCHEDULED');
    await attachDocuments(projectId, w.hp.province.id, ACCEPTANCE_KINDS.filter((k) => k !== 'HOA_DON'), ttkc.id, acceptanceId);
    await handInDossier(beneficiaryA, { projectId, acceptanceId });
    expect((await db.acceptance.findUniqueOrThrow({ where: { id: acceptanceId } })).status).toBe('DOSSIER_SUBMITTED');
    await recordAcceptanceResult(sct, acceptanceResultSchema.parse({ ...result, decision: decision('300/QĐ-SCT', '15/11/2026') }));

    const project = await db.project.findUniqueOrThrow({ where: { id: projectId }, include: { acceptances: true, contracts: true } });
    expect(project).toMatchObject({ status: 'ACCEPTED', approvedSupportVnd: 230_000_000n, deliveredQuantity: 1, progressPercent: 100 });
    expect(project.acceptances[0]).toMatchObject({ status: 'PASSED', acceptedValueVnd: 495_000_000n });
    const audit = await db.auditEvent.findMany({ where: { entityType: 'Project', entityId: projectId, toStatus: { not: null } }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => `${a.event}:${a.fromStatus ?? ''}→${a.toStatus}`)).toEqual([
      'create:→DRAFT',
      'submit:DRAFT→SUBMITTED',
      'appraisePass:SUBMITTED→APPRAISED',
      'approve:APPRAISED→APPROVED',
      'signContract:APPROVED→CONTRACTED',
      'start:CONTRACTED→IN_PROGRESS',
      'requestAcceptance:IN_PROGRESS→UNDER_ACCEPTANCE',
      'acceptancePassed:UNDER_ACCEPTANCE→ACCEPTED',
    ]);
    expect(audit.length).toBeGreaterThan(0);
    expect(audit.filter((a) => a.actorId === null)).toEqual([]);
  });

  it('rejects a đề án that fails appraisal, with the opinion as the reason', async () => {
    const { ttkc } = w.actors;
    const created = await createProject(ttkc, projectGeneralSchema.parse({ name: 'Đề án không đạt', year: 2026, fundingLevel: 'KCDP', contentCategoryId: w.categoryId }));
    await db.project.update({ where: { id: created.id }, data: { status: 'SUBMITTED' } });
    const checklist = { ...PASSING_CHECKLIST, efficient: false };
    // Another officer of the Trung tâm appraises: the author may not (separation of duties).
    const appraiser = await createActor('TTKC_STAFF', { provinceId: w.hp.province.id, organizationId: w.hp.orgs.ttkc.id });
    const pass = await errorOf(appraiseProject(appraiser, appraisalSchema.parse({ projectId: created.id, expectedStatus: 'SUBMITTED', result: 'PASS', checklist, opinion: 'x', recommendedSupportVnd: '1' })));
    expect(pass.message).toBe('Đề án chỉ đạt khi đáp ứng đủ 5 tiêu chí. Chưa đạt: Hiệu quả kinh tế - xã hội, tính lan toả.');
    await appraiseProject(appraiser, appraisalSchema.parse({ projectId: created.id, expectedStatus: 'SUBMITTED', result: 'FAIL', checklist, opinion: 'Hiệu quả thấp' }));
    const last = await db.auditEvent.findFirstOrThrow({ where: { entityType: 'Project', entityId: created.id }, orderBy: { id: 'desc' } });
    expect(last).toMatchObject({ event: 'appraiseFail', fromStatus: 'SUBMITTED', toStatus: 'REJECTED', reason: 'Hiệu quả thấp' });
  });
});
