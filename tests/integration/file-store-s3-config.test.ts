// With S3_BUCKET set (lib/server/env.ts), uploads go to the S3-compatible bucket and downloads are
// streamed back from it through the same scope check: the configured store, end to end, against
// s3rver started here.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const s3 = vi.hoisted(() => {
  const port = 41000 + (process.pid % 2000);
  process.env.S3_BUCKET = 'kc-tai-lieu-thu';
  process.env.S3_ENDPOINT = `http://127.0.0.1:${port}`;
  process.env.S3_ACCESS_KEY_ID = 'S3RVER';
  process.env.S3_SECRET_ACCESS_KEY = 'S3RVER';
  process.env.UPLOAD_DIR = `${process.env.TMPDIR ?? '/tmp'}/kc-s3-config-${process.pid}/should-stay-empty`;
  return { port };
});

// @ts-expect-error — s3rver ships no type declarations.
import S3rver from 's3rver';
import { documentUploadSchema } from '@/lib/schemas/project';
import { db } from '@/lib/server/db';
import { getDocumentForDownload } from '@/lib/server/documents/get-document-for-download';
import { uploadProjectDocument } from '@/lib/server/documents/upload-project-document';
import { fileStore } from '@/lib/server/file-store';
import { createDossierProject, createProjectWorld, type ProjectWorld } from '../factories/project';
import { resetDatabase } from '../factories/world';

let server: { run(): Promise<unknown>; close(): Promise<void> };
let w: ProjectWorld;

beforeAll(async () => {
  server = new S3rver({ port: s3.port, address: '127.0.0.1', directory: mkdtempSync(path.join(tmpdir(), 'kc-s3rver-config-')), silent: true });
  await server.run();
  await resetDatabase();
  w = await createProjectWorld();
});

afterAll(async () => {
  await server?.close();
});

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
