// Dossier documents: stored by content type, downloadable only through the scope of their đề án,
// frozen once the dossier is submitted.
import { beforeAll, describe, expect, it } from 'vitest';

import { documentUploadSchema } from '@/lib/schemas/project';
import { db } from '@/lib/server/db';
import { deleteProjectDocument } from '@/lib/server/documents/delete-project-document';
import { getDocumentForDownload } from '@/lib/server/documents/get-document-for-download';
import { uploadProjectDocument } from '@/lib/server/documents/upload-project-document';
import { createDossierProject, createProjectWorld, type ProjectWorld } from '../factories/project';
import { codeOf } from '../factories/errors';
import { freshWorld } from '../factories/world';

let w: ProjectWorld;

beforeAll(async () => { w = await freshWorld(createProjectWorld); });

const CONTENT = '%PDF-1.4\nthuyết minh\n';
function form(projectId: number, kind: string, name = 'thuyet-minh.pdf', content = CONTENT) {
  const f = new FormData();
  f.set('projectId', String(projectId));
  f.set('kind', kind);
  f.set('file', new File([Buffer.from(content)], name));
  return documentUploadSchema.parse(f);
}

describe('project documents', () => {
  it('is downloadable by those who see the đề án, and by nobody else', async () => {
    const project = await createDossierProject(w, { documents: [] });
    const { id } = await uploadProjectDocument(w.actors.ttkc, form(project.id, 'THUYET_MINH'));
    const { document, stream } = await getDocumentForDownload(w.actors.xaA, id);
    expect(await new Response(stream).text()).toBe(CONTENT);
    expect(document).toMatchObject({ kind: 'THUYET_MINH', mimeType: 'application/pdf', title: 'Thuyết minh đề án' });
    expect(await codeOf(getDocumentForDownload(w.actors.beneficiaryA, id))).toBe('OK');
    expect(await codeOf(getDocumentForDownload(w.actors.xaB, id))).toBe('NOT_FOUND');
    // Another facility of the same province guessing the address: refused outright.
    expect(await codeOf(getDocumentForDownload(w.actors.beneficiaryB, id))).toBe('FORBIDDEN');
    expect(await codeOf(getDocumentForDownload(w.actors.ldTtkc, id))).toBe('NOT_FOUND');
    expect(await codeOf(getDocumentForDownload(w.actors.ttkc, 999_999))).toBe('NOT_FOUND');
  });

  it('checks the content, not the name, and rejects an unknown kind', async () => {
    const project = await createDossierProject(w, { documents: [] });
    const error = await uploadProjectDocument(w.actors.ttkc, form(project.id, 'BAO_GIA', 'bao-gia.pdf', 'MZ not a pdf')).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'VALIDATION', message: 'Tệp "bao-gia.pdf" không đúng định dạng. Chấp nhận PDF, ảnh JPG/PNG/HEIC, Word (.docx), Excel (.xlsx).' });
    expect(await codeOf(uploadProjectDocument(w.actors.ttkc, form(project.id, 'KHONG_CO')))).toBe('VALIDATION');
    expect(await db.document.count({ where: { projectId: project.id } })).toBe(0);
  });

  it('freezes dossier documents after submission but accepts a contract later', async () => {
    const project = await createDossierProject(w, { documents: [] });
    const { id } = await uploadProjectDocument(w.actors.ttkc, form(project.id, 'BAO_GIA'));
    await db.project.update({ where: { id: project.id }, data: { status: 'APPROVED' } });
    expect(await codeOf(uploadProjectDocument(w.actors.ttkc, form(project.id, 'BAO_GIA')))).toBe('ILLEGAL_TRANSITION');
    expect(await codeOf(deleteProjectDocument(w.actors.ttkc, id))).toBe('ILLEGAL_TRANSITION');
    expect(await codeOf(uploadProjectDocument(w.actors.ttkc, form(project.id, 'HOP_DONG')))).toBe('OK');
    await db.project.update({ where: { id: project.id }, data: { status: 'DRAFT' } });
    await deleteProjectDocument(w.actors.ttkc, id);
    expect(await db.auditEvent.count({ where: { entityType: 'Project', entityId: project.id, event: 'deleteDocument' } })).toBe(1);
    // Never deleted: withdrawn, kept, out of the checklist and of the serving path.
    expect(await db.document.findUniqueOrThrow({ where: { id } })).toMatchObject({ review: 'WITHDRAWN' });
    expect(await codeOf(getDocumentForDownload(w.actors.ttkc, id))).toBe('NOT_FOUND');
    expect(await codeOf(deleteProjectDocument(w.actors.ttkc, id))).toBe('NOT_FOUND');
  });
});
