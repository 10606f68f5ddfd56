// Dossier and acceptance documents of the demo đề án, as the portal would hold them: every đề án
// past the draft was submitted with its full dossier (submission refuses a missing document), and
// every acceptance that was held or whose dossier was sent has its acceptance documents. Each row
// points at a small PDF labelled as a demo file, written through the portal's one file store
// (lib/server/file-store.ts, configured by lib/server/env.ts): the local UPLOAD_DIR, or the
// S3-compatible bucket when S3_BUCKET is set — so downloads work wherever the portal reads files.
// The seed runs under the react-server condition (scripts/lib/run.mjs `seedDemo`), which lets it
// import that server-only module.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Prisma } from '../generated/client/client';
import { DEMO_FILE_PREFIX, fileStore } from '../../lib/server/file-store';
import { documentKindLabel } from '../../lib/domain/documents';
import { PROJECT_EDITABLE_STATES } from '../../lib/domain/lifecycle/project';
import { parseChecklist } from '../../lib/domain/project-documents';
import type { SeedTx } from './types';

function demoPdf(title: string): Buffer {
  // ASCII only inside the PDF; the Vietnamese title is on the Document row.
  const text = `Tai lieu mau - du lieu demo: ${title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').replace(/[^\x20-\x7e]/g, '')}`;
  return Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');
}

interface PlannedDocument {
  row: Omit<Prisma.DocumentCreateManyInput, 'fileName' | 'mimeType' | 'sizeBytes' | 'sha256'>;
  bytes: Buffer;
}

export async function seedProjectDocuments(tx: SeedTx): Promise<number> {
  const projects = await tx.project.findMany({
    where: { status: { notIn: [...PROJECT_EDITABLE_STATES] } },
    select: {
      id: true,
      code: true,
      provinceId: true,
      createdById: true,
      createdAt: true,
      contentCategory: { select: { dossierChecklist: true, acceptanceChecklist: true } },
      acceptances: { where: { status: { in: ['PASSED', 'DOSSIER_SUBMITTED'] } }, select: { id: true, status: true, facilityId: true, scheduledOn: true, createdAt: true } },
    },
    orderBy: { id: 'asc' },
  });
  const beneficiaryUsers = new Map(
    (await tx.user.findMany({ where: { role: 'BENEFICIARY', facilityId: { not: null } }, select: { id: true, facilityId: true }, orderBy: { id: 'asc' } })).map((u) => [u.facilityId!, u.id]),
  );
  const planned: PlannedDocument[] = [];
  for (const p of projects) {
    // Uploaded while drafting, an hour after the draft was created, before it was submitted.
    const dossierAt = new Date(p.createdAt.getTime() + 60 * 60 * 1000);
    for (const kind of parseChecklist(p.contentCategory.dossierChecklist)) {
      const title = documentKindLabel(kind);
      planned.push({
        row: { provinceId: p.provinceId, kind, title, storageKey: `${DEMO_FILE_PREFIX}p${p.id}-${kind}.pdf`, projectId: p.id, uploadedById: p.createdById, uploadedAt: dossierAt },
        bytes: demoPdf(`${p.code} ${title}`),
      });
    }
    for (const a of p.acceptances) {
      const uploader = (a.facilityId !== null && beneficiaryUsers.get(a.facilityId)) || p.createdById;
      for (const kind of parseChecklist(p.contentCategory.acceptanceChecklist)) {
        const title = documentKindLabel(kind);
        planned.push({
          // A handed-in dossier waits for review; a passed round's documents were accepted.
          row: {
            provinceId: p.provinceId,
            kind,
            title,
            storageKey: `${DEMO_FILE_PREFIX}p${p.id}-a${a.id}-${kind}.pdf`,
            projectId: p.id,
            acceptanceId: a.id,
            uploadedById: uploader,
            uploadedAt: a.createdAt,
            review: a.status === 'PASSED' ? 'ACCEPTED' : 'HANDED_IN',
          },
          bytes: demoPdf(`${p.code} ${title}`),
        });
      }
    }
  }
  // Fixed names under demo/: a reset writes the same files again (replace), with who and when.
  const store = fileStore();
  for (let i = 0; i < planned.length; i += 16) {
    await Promise.all(
      planned.slice(i, i + 16).map(({ row, bytes }) =>
        store.put(row.storageKey, bytes, { contentType: 'application/pdf', uploadedById: row.uploadedById, uploadedAt: new Date(row.uploadedAt!), replace: true }),
      ),
    );
  }
  const data = planned.map(({ row, bytes }) => ({
    ...row,
    fileName: path.basename(row.storageKey),
    mimeType: 'application/pdf',
    sizeBytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  }));
  if (data.length === 0) return 0;
  const created = await tx.document.createManyAndReturn({ data, select: { id: true, storageKey: true } });
  const idOf = new Map(created.map((d) => [d.storageKey, d.id]));
  // The audit row the upload use case writes with each file.
  await tx.auditEvent.createMany({
    data: data.map((doc) => ({
      provinceId: doc.provinceId,
      actorId: doc.uploadedById,
      entityType: 'Project',
      entityId: doc.projectId!,
      event: doc.acceptanceId ? 'uploadAcceptanceDocument' : 'uploadDocument',
      data: { documentId: idOf.get(doc.storageKey)!, kind: doc.kind, fileName: doc.fileName, sha256: doc.sha256 },
      createdAt: doc.uploadedAt,
    })),
  });
  return created.length;
}
