// Every đề án use case against people outside its scope (a xã officer, the beneficiary of another
// facility, Lâm Đồng staff), illegal moves, and two people acting on the same đề án at once.
import { beforeAll, describe, expect, it } from 'vitest';

import type { ProjectStatus } from '@/lib/domain/lifecycle/project';
import type { Actor } from '@/lib/domain/roles';
import {
  acceptanceRequestSchema,
  acceptanceResultSchema,
  amendmentRequestSchema,
  approvalSchema,
  contractSchema,
  costLinesSchema,
  documentUploadSchema,
  projectGeneralSchema,
} from '@/lib/schemas/project';
import { db } from '@/lib/server/db';
import { uploadProjectDocument } from '@/lib/server/documents/upload-project-document';
import { AppError } from '@/lib/server/errors';
import { appraiseProject } from '@/lib/server/projects/appraise-project';
import { approveProject } from '@/lib/server/projects/approve-project';
import { changeProjectStatus } from '@/lib/server/projects/change-project-status';
import { recordAcceptanceResult } from '@/lib/server/projects/record-acceptance-result';
import { recordNormException } from '@/lib/server/projects/record-norm-exception';
import { replaceCostLines } from '@/lib/server/projects/replace-cost-lines';
import { requestAmendment } from '@/lib/server/projects/request-amendment';
import { requestProjectAcceptance } from '@/lib/server/projects/request-project-acceptance';
import { setProjectBeneficiaries } from '@/lib/server/projects/set-project-beneficiaries';
import { signProjectContract } from '@/lib/server/projects/sign-project-contract';
import { updateProject } from '@/lib/server/projects/update-project';
import { createDossierProject, createPassingAppraisal, createProjectWorld, decision, passingAppraisalInput, type ProjectWorld } from '../factories/project';
import { codeOf } from '../factories/errors';
import { createActor, freshWorld } from '../factories/world';

let w: ProjectWorld;
let ldSct: Actor;

beforeAll(async () => {
  w = await freshWorld(createProjectWorld);
  ldSct = await createActor('SCT_LEADER', { provinceId: w.ld.province.id, organizationId: w.ld.orgs.sct.id });
});

const pdfForm = (projectId: number, kind: string, acceptanceId?: number) => {
  const form = new FormData();
  form.set('projectId', String(projectId));
  form.set('kind', kind);
  if (acceptanceId) form.set('acceptanceId', String(acceptanceId));
  form.set('file', new File([Buffer.from('%PDF-1.4 test')], 'tep.pdf', { type: 'application/pdf' }));
  return documentUploadSchema.parse(form);
};

/** Each use case, the state it starts from, and how to call it on a đề án. */
const USE_CASES: { name: string; status: ProjectStatus; run: (actor: Actor, projectId: number) => Promise<unknown> }[] = [
  { name: 'update general information', status: 'DRAFT', run: (a, id) => updateProject(a, id, projectGeneralSchema.parse({ name: 'Tên mới', year: 2026, fundingLevel: 'KCDP', contentCategoryId: w.categoryId })) },
  { name: 'set beneficiaries', status: 'DRAFT', run: (a, id) => setProjectBeneficiaries(a, { projectId: id, beneficiaries: [{ facilityId: w.facilityA.id }] }) },
  { name: 'replace cost lines', status: 'DRAFT', run: (a, id) => replaceCostLines(a, costLinesSchema.parse({ projectId: id, lines: [{ item: 'Máy', unit: 'chiếc', quantity: '1', unitPriceVnd: '100', stateSupportVnd: '50', counterpartVnd: '50' }] })) },
  { name: 'upload a dossier document', status: 'DRAFT', run: (a, id) => uploadProjectDocument(a, pdfForm(id, 'KHAC')) },
  { name: 'submit', status: 'DRAFT', run: (a, id) => changeProjectStatus(a, { projectId: id, expectedStatus: 'DRAFT', event: 'submit' }) },
  { name: 'withdraw', status: 'SUBMITTED', run: (a, id) => changeProjectStatus(a, { projectId: id, expectedStatus: 'SUBMITTED', event: 'withdraw' }) },
  { name: 'return for revision', status: 'SUBMITTED', run: (a, id) => changeProjectStatus(a, { projectId: id, expectedStatus: 'SUBMITTED', event: 'returnForRevision', reason: 'Bổ sung' }) },
  {
    name: 'appraise',
    status: 'SUBMITTED',
    run: (a, id) => appraiseProject(a, passingAppraisalInput(id, '100.000.000')),
  },
  { name: 'approve', status: 'APPRAISED', run: (a, id) => approveProject(a, approvalSchema.parse({ projectId: id, expectedStatus: 'APPRAISED', approvedSupportVnd: '100.000.000', decision: decision(`QĐ-${id}-${a.id}`) })) },
  { name: 'reject', status: 'APPRAISED', run: (a, id) => changeProjectStatus(a, { projectId: id, expectedStatus: 'APPRAISED', event: 'reject', reason: 'Không phù hợp' }) },
  { name: 'record a norm exception', status: 'SUBMITTED', run: (a, id) => recordNormException(a, { projectId: id, note: 'Chấp thuận theo văn bản số 12/SCT' }) },
  {
    name: 'sign the contract',
    status: 'APPROVED',
    run: (a, id) => signProjectContract(a, contractSchema.parse({ projectId: id, expectedStatus: 'APPROVED', number: 'HĐ', signedOn: '01/04/2026', partyBName: 'Cơ sở', valueVnd: '500.000.000', supportVnd: '100.000.000', filedWithTreasury: true })),
  },
  { name: 'start', status: 'CONTRACTED', run: (a, id) => changeProjectStatus(a, { projectId: id, expectedStatus: 'CONTRACTED', event: 'start' }) },
  { name: 'stop', status: 'IN_PROGRESS', run: (a, id) => changeProjectStatus(a, { projectId: id, expectedStatus: 'IN_PROGRESS', event: 'stop', reason: 'Cơ sở không đối ứng' }) },
  { name: 'request acceptance', status: 'IN_PROGRESS', run: (a, id) => requestProjectAcceptance(a, acceptanceRequestSchema.parse({ projectId: id, expectedStatus: 'IN_PROGRESS', scheduledOn: '01/11/2026' })) },
  {
    name: 'request an amendment',
    status: 'IN_PROGRESS',
    run: (a, id) =>
      requestAmendment(a, amendmentRequestSchema.parse({ projectId: id, reason: 'Đổi địa điểm', name: 'Tên', place: 'Thôn mới', beneficiaries: [{ facilityId: w.facilityA.id }], lines: [{ item: 'Máy ép gạch 1', unit: 'chiếc', quantity: '1', unitPriceVnd: '500.000.000', stateSupportVnd: '250.000.000', counterpartVnd: '250.000.000' }] })),
  },
  {
    name: 'record the acceptance result',
    status: 'UNDER_ACCEPTANCE',
    run: (a, id) => recordAcceptanceResult(a, acceptanceResultSchema.parse({ projectId: id, expectedStatus: 'UNDER_ACCEPTANCE', result: 'FAIL', heldOn: '05/11/2026', councilMembers: 'Hội đồng', notes: 'Chưa lắp đặt xong' })),
  },
  { name: 'upload an acceptance document', status: 'UNDER_ACCEPTANCE', run: async (a, id) => uploadProjectDocument(a, pdfForm(id, 'HOA_DON', (await db.acceptance.findFirstOrThrow({ where: { projectId: id } })).id)) },
];

async function projectIn(status: ProjectStatus) {
  const project = await createDossierProject(w, { status });
  if (['APPRAISED'].includes(status)) await createPassingAppraisal(project.id, w.actors.sct.id, 250_000_000n);
  if (status === 'UNDER_ACCEPTANCE') await db.acceptance.create({ data: { projectId: project.id, scheduledOn: new Date('2026-11-01') } });
  return project;
}

describe('out of scope', () => {
  const outsiders: [string, () => Actor][] = [
    ['the xã officer of another xã', () => w.actors.xaB],
    ['the beneficiary of another facility', () => w.actors.beneficiaryB],
    ['a Lâm Đồng TTKC officer', () => w.actors.ldTtkc],
    ['a Lâm Đồng SCT leader', () => ldSct],
  ];
  for (const useCase of USE_CASES) {
    it(`${useCase.name}: refused to every outsider, nothing changes`, async () => {
      const project = await projectIn(useCase.status);
      const auditBefore = await db.auditEvent.count({ where: { entityType: 'Project', entityId: project.id } });
      // Refused either way: FORBIDDEN when the role lacks the permission, NOT_FOUND when it has it but
      // the đề án is out of its scope (it must not learn that the đề án exists).
      for (const [who, actor] of outsiders) expect(['FORBIDDEN', 'NOT_FOUND'], who).toContain(await codeOf(useCase.run(actor(), project.id)));
      // The xã officer of the đề án's own xã sees it but may not act on it.
      expect(await codeOf(useCase.run(w.actors.xaA, project.id)), 'own xã officer').toBe('FORBIDDEN');
      const after = await db.project.findUniqueOrThrow({ where: { id: project.id } });
      expect(after.status).toBe(useCase.status);
      expect(await db.auditEvent.count({ where: { entityType: 'Project', entityId: project.id } })).toBe(auditBefore);
    });
  }

  it('lets the beneficiary upload acceptance documents of its own facility only', async () => {
    const project = await projectIn('UNDER_ACCEPTANCE');
    const acceptance = await db.acceptance.findFirstOrThrow({ where: { projectId: project.id } });
    expect(await codeOf(uploadProjectDocument(w.actors.beneficiaryA, pdfForm(project.id, 'HOA_DON', acceptance.id)))).toBe('OK');
    expect(await codeOf(uploadProjectDocument(w.actors.beneficiaryA, pdfForm(project.id, 'KHAC')))).toBe('FORBIDDEN');
  });
});

describe('illegal and stale transitions', () => {
  it('explains an illegal move and leaves the đề án as it was', async () => {
    const project = await projectIn('DRAFT');
    const error = await changeProjectStatus(w.actors.ttkc, { projectId: project.id, expectedStatus: 'DRAFT', event: 'start' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'ILLEGAL_TRANSITION', message: 'Không thể "Bắt đầu thực hiện" khi đề án đang ở trạng thái "Dự thảo".' });
    expect(await codeOf(changeProjectStatus(w.actors.sct, { projectId: project.id, expectedStatus: 'DRAFT', event: 'submit' }))).toBe('FORBIDDEN');
  });

  it('asks for a reason where the rules need one', async () => {
    const project = await projectIn('IN_PROGRESS');
    const error = await changeProjectStatus(w.actors.sct, { projectId: project.id, expectedStatus: 'IN_PROGRESS', event: 'stop', reason: ' ' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'VALIDATION', message: 'Cần nhập lý do để "Dừng thực hiện".' });
  });

  it('lets one of two concurrent transitions win; the other is told to reload', async () => {
    const project = await projectIn('APPRAISED');
    const outcomes = await Promise.allSettled([
      approveProject(w.actors.sct, approvalSchema.parse({ projectId: project.id, expectedStatus: 'APPRAISED', approvedSupportVnd: '200.000.000', decision: decision('777/QĐ-SCT') })),
      changeProjectStatus(w.actors.sct, { projectId: project.id, expectedStatus: 'APPRAISED', event: 'reject', reason: 'Không phù hợp' }),
    ]);
    const failures = outcomes.filter((o) => o.status === 'rejected');
    expect(failures).toHaveLength(1);
    const error = (failures[0] as PromiseRejectedResult).reason as AppError;
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại trang rồi thực hiện lại.');
    const after = await db.project.findUniqueOrThrow({ where: { id: project.id } });
    const audits = await db.auditEvent.findMany({ where: { entityType: 'Project', entityId: project.id, fromStatus: 'APPRAISED' } });
    expect(audits).toHaveLength(1);
    expect(audits[0]!.toStatus).toBe(after.status);
    // The loser wrote nothing: no decision left behind by a rolled-back approval.
    expect(await db.decision.count({ where: { number: '777/QĐ-SCT' } })).toBe(after.status === 'APPROVED' ? 1 : 0);
  });

  it('refuses an action taken on a page showing an older status', async () => {
    const project = await projectIn('SUBMITTED');
    expect(await codeOf(changeProjectStatus(w.actors.ttkc, { projectId: project.id, expectedStatus: 'DRAFT', event: 'submit' }))).toBe('CONFLICT');
  });
});
