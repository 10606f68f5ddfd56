// With S3_BUCKET set, the demo seed writes its sample files through the same file store as the
// portal: into the bucket (s3rver, started here), not the local folder, with who uploaded each and
// when; a seeded document then downloads through the authorised route (/api/tai-lieu/[id]) for its
// own facility and is refused to another. A second seed writes the same demo files again.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';

const s3 = await vi.hoisted(async () => (await import('../setup/s3-bucket')).useS3Bucket('kc-tai-lieu-demo', 43000));

const session = vi.hoisted(() => ({ actor: null as unknown }));
vi.mock('@/lib/server/auth', () => ({ findActor: async () => session.actor }));

import { GET } from '@/app/api/tai-lieu/[id]/route';
import type { Actor } from '@/lib/domain/roles';
import { db } from '@/lib/server/db';
import { DEMO_FILE_PREFIX, fileStore } from '@/lib/server/file-store';
import { resetDemoData, seedDemoData } from '@/prisma/seed/index';
import { testNow } from '../factories/clock';
import { resetDatabase } from '../factories/world';
import { serveS3Bucket } from '../setup/s3-bucket';

serveS3Bucket(s3.port);

beforeAll(async () => {
  await resetDatabase();
  await seedDemoData(db, { now: testNow() });
}, 240_000);

async function actorOf(username: string): Promise<Actor> {
  const u = await db.user.findUniqueOrThrow({ where: { username } });
  return { id: u.id, role: u.role, fullName: u.fullName, provinceId: u.provinceId, organizationId: u.organizationId, adminUnitId: u.adminUnitId, facilityId: u.facilityId };
}

async function download(actor: Actor, id: number) {
  session.actor = actor;
  return GET(new Request(`http://localhost/api/tai-lieu/${id}`), { params: Promise.resolve({ id: String(id) }) });
}

describe('the demo seed with S3_BUCKET set', () => {
  it('writes every document’s file to the bucket, with who uploaded it and when, and nothing to the local folder', async () => {
    expect(fileStore().kind).toBe('s3');
    const documents = await db.document.findMany({ select: { storageKey: true, uploadedById: true, uploadedAt: true } });
    expect(documents.length).toBeGreaterThan(0);
    expect(documents.every((d) => d.storageKey.startsWith(DEMO_FILE_PREFIX))).toBe(true);
    const listed = new Map((await fileStore().list(DEMO_FILE_PREFIX)).map((o) => [o.key, o]));
    for (const d of documents) {
      expect(listed.get(d.storageKey), d.storageKey).toMatchObject({ contentType: 'application/pdf', uploadedById: d.uploadedById, uploadedAt: d.uploadedAt });
    }
    expect(existsSync(s3.uploadDir)).toBe(false);
  });

  it('lets a seeded document download through the authorised route for its facility, and refuses another facility (403)', async () => {
    const own = await actorOf('coso.demo');
    const other = await actorOf('coso.khac');
    const document = await db.document.findFirstOrThrow({
      where: { project: { beneficiaries: { some: { facilityId: own.facilityId! } }, NOT: { beneficiaries: { some: { facilityId: other.facilityId! } } } } },
      orderBy: { id: 'asc' },
    });
    const answer = await download(own, document.id);
    expect(answer.status).toBe(200);
    const bytes = Buffer.from(await answer.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(document.sha256);
    expect(bytes.toString('latin1')).toContain('du lieu demo');
    expect((await download(other, document.id)).status).toBe(403);
  });

  it('writes the same demo files again on a reset', async () => {
    const data = await resetDemoData(db, { now: testNow() });
    expect(data.projectIds.size).toBeGreaterThan(0);
    const document = await db.document.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const bytes = await fileStore().read(document.storageKey);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(document.sha256);
  }, 240_000);
});
