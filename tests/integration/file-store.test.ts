// The file store behind one interface, run against both backends: a local folder and an
// S3-compatible server (s3rver, started here on a free port). Each is restarted (a new store
// instance, and for S3 a new server on the same data folder) and must still list every file with
// who uploaded it and when, stream it back byte for byte, and keep a retired file out of the
// serving place without deleting it.
import { mkdtempSync, existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error — s3rver ships no type declarations.
import S3rver from 's3rver';
import { LocalFileStore, S3FileStore, type FileStore } from '@/lib/server/file-store';

const AT = new Date('2027-02-14T03:04:05.000Z');
const LATER = new Date('2027-02-15T08:00:00.000Z');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

interface Backend {
  name: string;
  /** A store on fresh data. */
  start(): Promise<FileStore>;
  /** The same data, as after a restart of the portal (and of the storage server). */
  restart(): Promise<FileStore>;
  /** Whether the retired file still exists somewhere (never deleted). */
  retiredExists(key: string): Promise<boolean>;
  stop(): Promise<void>;
}

function localBackend(): Backend {
  const base = mkdtempSync(path.join(tmpdir(), 'kc-file-store-'));
  const root = path.join(base, 'uploads');
  const trash = path.join(base, 'deleted');
  return {
    name: 'local folder',
    start: async () => new LocalFileStore(root, trash),
    restart: async () => new LocalFileStore(root, trash),
    retiredExists: async (key) => existsSync(path.join(trash, key)) && !existsSync(path.join(root, key)),
    stop: async () => undefined,
  };
}

function s3Backend(): Backend {
  const directory = mkdtempSync(path.join(tmpdir(), 'kc-s3rver-'));
  let server: { run(): Promise<unknown>; close(): Promise<void> } | null = null;
  let port = 0;
  const launch = async () => {
    port = port || (await freePort());
    server = new S3rver({ port, address: '127.0.0.1', directory, silent: true });
    await server!.run();
  };
  const store = () =>
    new S3FileStore({ bucket: 'kc-tai-lieu', endpoint: `http://127.0.0.1:${port}`, region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true });
  return {
    name: 'S3-compatible (s3rver)',
    start: async () => {
      await launch();
      return store();
    },
    restart: async () => {
      await server?.close();
      await launch();
      return store();
    },
    retiredExists: async (key) => {
      const s = store();
      const listed = await s.list();
      const raw = await s.read(`deleted/${key}`).catch(() => null);
      return raw !== null && !listed.some((o) => o.key === key);
    },
    stop: async () => {
      await server?.close();
    },
  };
}

const backends = [localBackend(), s3Backend()];

afterAll(async () => {
  for (const b of backends) await b.stop();
});

describe.each(backends)('file store: $name', (backend) => {
  it('keeps files, who uploaded them and when across a restart; streams them back; retires without deleting', async () => {
    const store = await backend.start();
    const pdf = Buffer.from('%PDF-1.4\n% biên bản nghiệm thu\n%%EOF\n');
    const photo = readFileSync(path.join(import.meta.dirname, '../fixtures/may-da-lap.heic'));
    await store.put('2027/0b7c7f1e-bien.pdf', pdf, { contentType: 'application/pdf', uploadedById: 41, uploadedAt: AT });
    await store.put('2027/photo-1.heic', photo, { contentType: 'image/heic', uploadedById: 42, uploadedAt: LATER });
    await store.put('2027/draft.pdf', pdf, { contentType: 'application/pdf', uploadedById: 41, uploadedAt: AT });

    // Keys come from the portal only: anything that could leave the store's place is refused.
    await expect(store.put('../evil.pdf', pdf, { contentType: 'application/pdf', uploadedById: 1, uploadedAt: AT })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const after = await backend.restart();
    expect(await after.list()).toEqual([
      { key: '2027/0b7c7f1e-bien.pdf', sizeBytes: pdf.length, contentType: 'application/pdf', uploadedById: 41, uploadedAt: AT },
      { key: '2027/draft.pdf', sizeBytes: pdf.length, contentType: 'application/pdf', uploadedById: 41, uploadedAt: AT },
      { key: '2027/photo-1.heic', sizeBytes: photo.length, contentType: 'image/heic', uploadedById: 42, uploadedAt: LATER },
    ]);
    const { stream, sizeBytes } = await after.open('2027/photo-1.heic');
    expect(sizeBytes).toBe(photo.length);
    expect(Buffer.from(await new Response(stream).arrayBuffer()).equals(photo)).toBe(true);
    await expect(after.open('2027/khong-co.pdf')).rejects.toMatchObject({ code: 'ENOENT' });

    await after.retire('2027/draft.pdf');
    expect((await after.list()).map((o) => o.key)).toEqual(['2027/0b7c7f1e-bien.pdf', '2027/photo-1.heic']);
    await expect(after.open('2027/draft.pdf')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await backend.retiredExists('2027/draft.pdf')).toBe(true);
  }, 60_000);

  it('writes a file again only when asked, and only the demo seed’s own files (demo/…)', async () => {
    const store = await backend.restart();
    const first = Buffer.from('%PDF-1.4\n% du lieu demo 1\n%%EOF\n');
    const second = Buffer.from('%PDF-1.4\n% du lieu demo 2, dai hon\n%%EOF\n');
    await store.put('demo/p1-BIEN_BAN_NGHIEM_THU.pdf', first, { contentType: 'application/pdf', uploadedById: 41, uploadedAt: AT, replace: true });
    await store.put('demo/p1-BIEN_BAN_NGHIEM_THU.pdf', second, { contentType: 'application/pdf', uploadedById: 42, uploadedAt: LATER, replace: true });
    expect((await store.read('demo/p1-BIEN_BAN_NGHIEM_THU.pdf')).equals(second)).toBe(true);
    expect((await store.list('demo/')).map((o) => [o.key, o.sizeBytes, o.uploadedById])).toEqual([['demo/p1-BIEN_BAN_NGHIEM_THU.pdf', second.length, 42]]);
    // An uploaded file is never written over.
    await expect(store.put('2027/0b7c7f1e-bien.pdf', second, { contentType: 'application/pdf', uploadedById: 1, uploadedAt: AT, replace: true })).rejects.toThrow(/Only demo files/);
    expect((await store.read('2027/0b7c7f1e-bien.pdf')).toString()).toContain('biên bản nghiệm thu');
  }, 60_000);
});
