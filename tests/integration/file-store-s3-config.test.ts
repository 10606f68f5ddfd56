// With S3_BUCKET set (lib/server/env.ts), uploads go to the S3-compatible bucket and downloads are
// streamed back from it through the same scope check: the configured store, end to end, against
// s3rver started here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

const s3 = await vi.hoisted(async () => (await import('../setup/s3-bucket')).useS3Bucket('kc-tai-lieu-thu', 41000));

import { documentUploadSchema } from '@/lib/schemas/project';
import { db } from '@/lib/server/db';
import { getDocumentForDownload } from '@/lib/server/documents/get-document-for-download';
import { uploadProjectDocument } from '@/lib/server/documents/upload-project-document';
import { fileStore } from '@/lib/server/file-store';
import { createDossierProject, createProjectWorld, type ProjectWorld } from '../factories/project';
import { freshWorld } from '../factories/world';
import { serveS3Bucket } from '../setup/s3-bucket';

let w: ProjectWorld;

serveS3Bucket(s3.port);
beforeAll(async () => { w = await freshWorld(createProjectWorld); });

describe('uploads with S3_BUCKET set', () => {
  it('are stored in the bucket (a HEIC photo with its JPEG) and streamed back through the download check', async () => {
    expect(fileStore().kind).toBe('s3');
    const project = await createDossierProject(w, { status: 'UNDER_ACCEPTANCE' });
    const acceptance = await db.acceptance.create({ data: { projectId: project.id, scheduledOn: new Date('2027-03-10') } });
    const photo = readFileSync(path.join(import.meta.dirname, '../fixtures/may-da-lap.heic'));
    const f = new FormData();
    f.set('projectId', String(project.id));
    f.set('acceptanceId', String(acceptance.id));
    f.set('kind', 'HOA_DON');
    f.set('file', new File([new Uint8Array(photo)], 'IMG_0042.heic'));
    const { id } = await uploadProjectDocument(w.actors.beneficiaryA, documentUploadSchema.parse(f));
    const row = await db.document.findUniqueOrThrow({ where: { id } });

    const listed = await fileStore().list();
    expect(listed.map((o) => o.key).sort()).toEqual([row.storageKey, row.previewKey].sort());
    expect(listed.every((o) => o.uploadedById === w.actors.beneficiaryA.id)).toBe(true);

    const original = await getDocumentForDownload(w.actors.ttkc, id);
    expect(Buffer.from(await new Response(original.stream).arrayBuffer()).equals(photo)).toBe(true);
    const preview = await getDocumentForDownload(w.actors.ttkc, id, { preview: true });
    expect(Buffer.from(await new Response(preview.stream).arrayBuffer()).subarray(0, 3).toString('hex')).toBe('ffd8ff');
  });
});
