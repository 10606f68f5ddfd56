// Issue 12 item 18: a draft đề án can be deleted by its own unit (audited, nothing left behind);
// a submitted one, or one of another unit, cannot. A đề án past its end date without acceptance is
// flagged on its page and in the list.
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.CLOCK_FIXED_AT = '2026-12-05T09:00:00+07:00';
});

import type { Actor } from '@/lib/domain/roles';
import { db } from '@/lib/server/db';
import { deleteProject } from '@/lib/server/projects/delete-project';
import { findProjects } from '@/lib/server/projects/find-projects';
import { getProjectPageOrThrow } from '@/lib/server/projects/get-project-page';
import { errorOf } from '../factories/errors';
import { createDossierProject, createProjectWorld, type ProjectWorld } from '../factories/project';
import { createActor, freshWorld } from '../factories/world';

let w: ProjectWorld;
let serviceOfficer: Actor;

beforeAll(async () => {
  w = await freshWorld(createProjectWorld);
  const serviceOrg = await db.organization.create({ data: { provinceId: w.hp.province.id, kind: 'SERVICE_ORG', name: 'Tổ chức dịch vụ khuyến công (thử)' } });
  serviceOfficer = await createActor('TTKC_STAFF', { provinceId: w.hp.province.id, organizationId: serviceOrg.id });
});

describe('deleting a draft đề án', () => {
  it('deletes the draft with its beneficiaries, estimate and documents, and audits it', async () => {
    const project = await createDossierProject(w, { status: 'DRAFT' });
    expect((await getProjectPageOrThrow(w.actors.ttkc, project.id)).mayDelete).toBe(true);
    await deleteProject(w.actors.ttkc, { projectId: project.id });
    expect(await db.project.count({ where: { id: project.id } })).toBe(0);
    expect(await db.costLine.count({ where: { projectId: project.id } })).toBe(0);
    expect(await db.document.count({ where: { projectId: project.id } })).toBe(0);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: 'Project', entityId: project.id, event: 'delete' } });
    expect(audit).toMatchObject({ actorId: w.actors.ttkc.id, fromStatus: 'DRAFT' });
    expect(audit.data).toMatchObject({ code: project.code, name: project.name });
  });

  it('refuses a submitted đề án and another unit’s draft', async () => {
    const submitted = await createDossierProject(w, { status: 'SUBMITTED' });
    expect((await getProjectPageOrThrow(w.actors.ttkc, submitted.id)).mayDelete).toBe(false);
    expect((await errorOf(deleteProject(w.actors.ttkc, { projectId: submitted.id }))).code).toBe('ILLEGAL_TRANSITION');
    const draft = await createDossierProject(w, { status: 'DRAFT' });
    expect((await errorOf(deleteProject(serviceOfficer, { projectId: draft.id }))).code).toBe('FORBIDDEN');
    expect((await errorOf(deleteProject(w.actors.sct, { projectId: draft.id }))).code).toBe('FORBIDDEN');
    expect(await db.project.count({ where: { id: { in: [submitted.id, draft.id] } } })).toBe(2);
  });
});

describe('overdue đề án', () => {
  it('warns on the page and in the list when the end date passed without acceptance', async () => {
    const late = await createDossierProject(w, { status: 'IN_PROGRESS', name: 'Đề án quá hạn thử' });
    const page = await getProjectPageOrThrow(w.actors.sct, late.id);
    expect(page.overdue).toBe('Quá hạn: đã qua ngày kết thúc 30/11/2026 mà chưa nghiệm thu');
    const accepted = await createDossierProject(w, { status: 'ACCEPTED', name: 'Đề án đã nghiệm thu thử' });
    const { rows } = await findProjects(w.actors.sct, {});
    expect(rows.find((r) => r.id === late.id)!.overdue).not.toBeNull();
    expect(rows.find((r) => r.id === accepted.id)!.overdue).toBeNull();
  });
});
