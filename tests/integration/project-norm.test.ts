// Support above the spending norm is refused with the norm and its legal basis, unless a person
// holding norm:exception records an exception for those figures.
import { beforeAll, describe, expect, it } from 'vitest';
import { formatVnd } from '@/lib/domain/money';
import { approvalSchema, costLinesSchema } from '@/lib/schemas/project';
import { db } from '@/lib/server/db';
import { approveProject } from '@/lib/server/projects/approve-project';
import { changeProjectStatus } from '@/lib/server/projects/change-project-status';
import { findProjectNorm } from '@/lib/server/projects/find-project-norm';
import { getProjectOrThrow } from '@/lib/server/projects/get-project';
import { recordNormException } from '@/lib/server/projects/record-norm-exception';
import { replaceCostLines } from '@/lib/server/projects/replace-cost-lines';
import { createDossierProject, createPassingAppraisal, createProjectWorld, decision, NQ13, TT28, type ProjectWorld } from '../factories/project';
import { errorOf } from '../factories/errors';
import { freshWorld } from '../factories/world';

let w: ProjectWorld;

beforeAll(async () => { w = await freshWorld(createProjectWorld); });

const overNorm = [{ amountVnd: 800_000_000n, stateSupportVnd: 350_000_000n }];

describe('spending norms', () => {
  it('refuses to submit support above the norm, quoting the norm and its legal basis', async () => {
    const project = await createDossierProject(w, { lines: overNorm });
    const error = await errorOf(changeProjectStatus(w.actors.ttkc, { projectId: project.id, expectedStatus: 'DRAFT', event: 'submit' }));
    expect(error.code).toBe('LIMIT_EXCEEDED');
    expect(error.message).toContain(
      `Hỗ trợ ${formatVnd(350_000_000n)} cho cơ sở Cơ sở gốm A vượt mức chi tối đa ${formatVnd(300_000_000n)} (50 % chi phí, tối đa ${formatVnd(300_000_000n)} mỗi cơ sở) theo ${NQ13}`,
    );
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).status).toBe('DRAFT');
  });

  it('applies the national norm to a KCQG đề án and shows it on the page', async () => {
    const project = await createDossierProject(w, { lines: overNorm, fundingLevel: 'KCQG' });
    const error = await errorOf(changeProjectStatus(w.actors.ttkc, { projectId: project.id, expectedStatus: 'DRAFT', event: 'submit' }));
    expect(error.message).toContain(`theo ${TT28}`);
    const detail = await getProjectOrThrow(w.actors.ttkc, project.id);
    const shown = await findProjectNorm(w.actors.ttkc, detail);
    expect(shown.citation).toBe(`${TT28} (hiệu lực từ 15/05/2018)`);
    expect(shown.check?.violations).toHaveLength(1);
  });

  it('lets an authorised person record an exception, which a later change of figures voids', async () => {
    const project = await createDossierProject(w, { lines: overNorm });
    expect((await errorOf(recordNormException(w.actors.ttkc, { projectId: project.id, note: 'Chấp thuận theo văn bản 12/SCT' }))).code).toBe('FORBIDDEN');
    await recordNormException(w.actors.sct, { projectId: project.id, note: 'Chấp thuận theo văn bản 12/SCT-KHTC' });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: 'Project', entityId: project.id, event: 'recordNormException' } });
    expect(audit).toMatchObject({ actorId: w.actors.sct.id, reason: 'Chấp thuận theo văn bản 12/SCT-KHTC' });
    expect(JSON.stringify(audit.data)).toContain(NQ13);

    await replaceCostLines(
      w.actors.ttkc,
      costLinesSchema.parse({ projectId: project.id, lines: [{ item: 'Máy ép', unit: 'chiếc', quantity: '1', unitPriceVnd: '800.000.000', stateSupportVnd: '360.000.000', counterpartVnd: '440.000.000' }] }),
    );
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).normExceptionNote).toBeNull();
    expect((await errorOf(changeProjectStatus(w.actors.ttkc, { projectId: project.id, expectedStatus: 'DRAFT', event: 'submit' }))).code).toBe('LIMIT_EXCEEDED');

    await recordNormException(w.actors.sct, { projectId: project.id, note: 'Chấp thuận lại theo văn bản 15/SCT-KHTC' });
    expect(await changeProjectStatus(w.actors.ttkc, { projectId: project.id, expectedStatus: 'DRAFT', event: 'submit' })).toBe('SUBMITTED');
  });

  it('refuses an exception when the support is within the norm', async () => {
    const project = await createDossierProject(w);
    expect((await errorOf(recordNormException(w.actors.sct, { projectId: project.id, note: 'Không cần thiết nhưng vẫn ghi' }))).message).toBe(
      'Mức hỗ trợ của đề án đang trong mức chi: không cần ghi nhận ngoại lệ.',
    );
  });

  it('blocks approval above the norm in force on the decision date', async () => {
    const project = await createDossierProject(w, { status: 'APPRAISED', lines: overNorm });
    await createPassingAppraisal(project.id, w.actors.sct.id, 350_000_000n);
    const error = await errorOf(approveProject(w.actors.sct, approvalSchema.parse({ projectId: project.id, expectedStatus: 'APPRAISED', approvedSupportVnd: '350.000.000', decision: decision('55/QĐ-SCT') })));
    expect(error.code).toBe('LIMIT_EXCEEDED');
    expect(error.message).toContain(`vượt mức chi tối đa ${formatVnd(300_000_000n)}`);
    expect(error.message).toContain(NQ13);
    expect(await db.decision.count({ where: { number: '55/QĐ-SCT' } })).toBe(0);
  });

  it('raises the ceiling in a priority area', async () => {
    const project = await createDossierProject(w, { lines: [{ amountVnd: 1_000_000_000n, stateSupportVnd: 420_000_000n }] });
    await db.project.update({ where: { id: project.id }, data: { priorityArea: true } });
    expect(await changeProjectStatus(w.actors.ttkc, { projectId: project.id, expectedStatus: 'DRAFT', event: 'submit' })).toBe('SUBMITTED');
  });
});
