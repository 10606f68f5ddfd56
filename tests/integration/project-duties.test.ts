// Issue 12 item 17: separation of duties — the officer who drafted a đề án does not appraise it;
// another officer of the same Trung tâm, or the Sở, may. The page offers exactly what the use case allows.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/domain/roles';
import { db } from '@/lib/server/db';
import { appraiseProject } from '@/lib/server/projects/appraise-project';
import { getProjectPageOrThrow } from '@/lib/server/projects/get-project-page';
import { errorOf } from '../factories/errors';
import { createDossierProject, createProjectWorld, passingAppraisalInput, type ProjectWorld } from '../factories/project';
import { createActor, freshWorld } from '../factories/world';

let w: ProjectWorld;
let otherTtkc: Actor;

beforeAll(async () => {
  w = await freshWorld(createProjectWorld);
  otherTtkc = await createActor('TTKC_STAFF', { provinceId: w.hp.province.id, organizationId: w.hp.orgs.ttkc.id });
});

const pass = (projectId: number) => passingAppraisalInput(projectId, '200.000.000');

describe('author ≠ appraiser', () => {
  it('refuses the author and does not offer the appraisal on the page', async () => {
    const project = await createDossierProject(w, { status: 'SUBMITTED' });
    const author = w.actors.ttkc;
    const page = await getProjectPageOrThrow(author, project.id);
    expect(page.events).not.toContain('appraisePass');
    expect(page.events).not.toContain('appraiseFail');
    const error = await errorOf(appraiseProject(author, pass(project.id)));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toBe('Người lập đề án không được thẩm định đề án của mình: đề nghị cán bộ khác của Trung tâm hoặc Sở Công Thương thẩm định.');
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).status).toBe('SUBMITTED');
    expect(await db.appraisal.count({ where: { projectId: project.id } })).toBe(0);
  });

  it('lets another officer of the same Trung tâm appraise', async () => {
    const project = await createDossierProject(w, { status: 'SUBMITTED' });
    expect((await getProjectPageOrThrow(otherTtkc, project.id)).events).toContain('appraisePass');
    await appraiseProject(otherTtkc, pass(project.id));
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).status).toBe('APPRAISED');
  });
});
