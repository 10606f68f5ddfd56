import 'server-only';
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import {
  CopyObjectCommand,
  CreateBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { env } from './env';
import { AppError } from './errors';

// Where uploaded files live, behind one interface: a local folder (the default) or an
// S3-compatible bucket (when S3_BUCKET is set). Keys are always made by the portal (year/uuid.ext,
// lib/server/storage.ts), never from a user's file name. Nothing here is reachable from the web:
// files are streamed out only by /api/tai-lieu/[id] after its scope check. A stored file is never
// deleted once a Document row names it; `retire` moves a deleted draft's file out of the serving
// place (the folder UPLOAD_TRASH_DIR, or the bucket's "deleted/" prefix). `discard` only removes a
// file whose transaction failed (no row ever named it).

export interface StoredObjectInfo {
  key: string;
  sizeBytes: number;
  contentType: string;
  /** Who uploaded it (user id) and when, kept with the file itself so a listing survives a restart. */
  uploadedById: number | null;
  uploadedAt: Date | null;
}

export interface PutMeta {
  contentType: string;
  uploadedById: number | null;
  uploadedAt: Date;
  /**
   * Write over a file already stored under this key. Only for the demo seed's own keys (under
   * `demo/`, fixed names rewritten by every reset); every upload gets a new key and never replaces.
   */
  replace?: boolean;
}

/** Where the demo seed's sample files live (prisma/seed/project-documents.ts). */
export const DEMO_FILE_PREFIX = 'demo/';

function assertMayReplace(key: string, meta: PutMeta): void {
  if (meta.replace && !key.startsWith(DEMO_FILE_PREFIX)) throw new Error(`Only demo files (${DEMO_FILE_PREFIX}…) are written again; "${key}" is not one.`);
}

export interface FileStore {
  readonly kind: 'local' | 's3';
  put(key: string, bytes: Uint8Array, meta: PutMeta): Promise<void>;
  /** A stream of the file; NOT_FOUND when it is not there. */
  open(key: string): Promise<{ stream: ReadableStream<Uint8Array>; sizeBytes: number }>;
  read(key: string): Promise<Buffer>;
  list(prefix?: string): Promise<StoredObjectInfo[]>;
  retire(key: string): Promise<void>;
  discard(key: string): Promise<void>;
}

const SAFE_KEY = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;

/** Keys are ours, but are checked anyway: no "..", no absolute path, nothing but plain segments. */
export function assertSafeKey(key: string): void {
  if (!SAFE_KEY.test(key) || key.split('/').some((s) => s === '..' || s === '.')) throw new AppError('NOT_FOUND', 'Không tìm thấy tệp.');
}

/** A file missing from the store: the same ENOENT for both stores (route.ts answers it with a 404). */
const notFound = () => Object.assign(new Error('Không tìm thấy tệp.'), { code: 'ENOENT' });

// ───────────────────────── Local folder ─────────────────────────

/** Metadata sits beside the files in a folder no key can name (keys start with a letter or digit). */
const META_DIR = '.meta';

export class LocalFileStore implements FileStore {
  readonly kind = 'local' as const;
  private readonly root: string;
  private readonly trash: string;

  constructor(root: string, trash: string) {
    this.root = path.resolve(root);
    this.trash = path.resolve(trash);
  }

  private file(key: string): string {
    assertSafeKey(key);
    return path.join(this.root, key);
  }

  private metaFile(key: string): string {
    return path.join(this.root, META_DIR, `${key}.json`);
  }

  async put(key: string, bytes: Uint8Array, meta: PutMeta): Promise<void> {
    const target = this.file(key);
    assertMayReplace(key, meta);
    await mkdir(path.dirname(target), { recursive: true });
    if (meta.replace) {
      // Written beside, then renamed over: a reader (or a second seed at the same time) never sees half a file.
      const temporary = path.join(this.root, META_DIR, `.tmp-${randomUUID()}`);
      await mkdir(path.dirname(temporary), { recursive: true });
      await writeFile(temporary, bytes);
      await rename(temporary, target);
    } else {
      await writeFile(target, bytes, { flag: 'wx' });
    }
    await mkdir(path.dirname(this.metaFile(key)), { recursive: true });
    await writeFile(this.metaFile(key), JSON.stringify({ contentType: meta.contentType, uploadedById: meta.uploadedById, uploadedAt: meta.uploadedAt.toISOString() }));
  }

  async open(key: string) {
    const full = this.file(key);
    const info = await stat(full).catch(() => null);
    if (!info?.isFile()) throw notFound();
    return { stream: Readable.toWeb(createReadStream(full)) as ReadableStream<Uint8Array>, sizeBytes: info.size };
  }

  async read(key: string): Promise<Buffer> {
    return readFile(this.file(key));
  }

  async list(prefix = ''): Promise<StoredObjectInfo[]> {
    const out: StoredObjectInfo[] = [];
    const walk = async (dir: string): Promise<void> => {
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const entry of entries) {
        if (entry.name === META_DIR) continue;
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) await walk(full);
        else if (entry.isFile()) {
          const key = path.relative(this.root, full).split(path.sep).join('/');
          if (!key.startsWith(prefix)) continue;
          const meta = await readFile(this.metaFile(key), 'utf8')
            .then((t) => JSON.parse(t) as { contentType?: string; uploadedById?: number; uploadedAt?: string })
            .catch(() => ({}) as { contentType?: string; uploadedById?: number; uploadedAt?: string });
          const info = await stat(full);
          out.push({
            key,
            sizeBytes: info.size,
            contentType: meta.contentType ?? 'application/octet-stream',
            uploadedById: meta.uploadedById ?? null,
            uploadedAt: meta.uploadedAt ? new Date(meta.uploadedAt) : null,
          });
        }
      }
    };
    await walk(this.root);
    return out.sort((a, b) => a.key.localeCompare(b.key));
  }

  async retire(key: string): Promise<void> {
    const from = this.file(key);
    const to = path.join(this.trash, key);
    await mkdir(path.dirname(to), { recursive: true });
    await rename(from, to).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }

  async discard(key: string): Promise<void> {
    await rm(this.file(key), { force: true });
    await rm(this.metaFile(key), { force: true });
  }
}

// ───────────────────────── S3-compatible bucket ─────────────────────────

export interface S3StoreConfig {
  bucket: string;
  endpoint?: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
}

const RETIRED_PREFIX = 'deleted/';

export class S3FileStore implements FileStore {
  readonly kind = 's3' as const;
  private readonly client: S3Client;
  private bucketReady: Promise<void> | null = null;

  constructor(private readonly config: S3StoreConfig) {
    const options: S3ClientConfig = { region: config.region, endpoint: config.endpoint, forcePathStyle: config.forcePathStyle };
    if (config.accessKeyId && config.secretAccessKey) options.credentials = { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey };
    this.client = new S3Client(options);
  }

  /** Creates the bucket on first use when it is missing (a fresh MinIO or test server). */
  private ensureBucket(): Promise<void> {
    this.bucketReady ??= this.client
      .send(new HeadBucketCommand({ Bucket: this.config.bucket }))
      .then(() => undefined)
      .catch(async () => {
        await this.client.send(new CreateBucketCommand({ Bucket: this.config.bucket }));
      })
      .catch((error) => {
        this.bucketReady = null;
        throw error;
      });
    return this.bucketReady;
  }

  async put(key: string, bytes: Uint8Array, meta: PutMeta): Promise<void> {
    assertSafeKey(key);
    assertMayReplace(key, meta);
    await this.ensureBucket();
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.config.bucket,
        Key: key,
        Body: bytes,
        ContentType: meta.contentType,
        Metadata: { 'uploaded-by': meta.uploadedById === null ? '' : String(meta.uploadedById), 'uploaded-at': meta.uploadedAt.toISOString() },
      }),
    );
  }

  async open(key: string) {
    assertSafeKey(key);
    const answer = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: key })).catch((error: { name?: string }) => {
      if (error.name === 'NoSuchKey' || error.name === 'NotFound' || error.name === 'NoSuchBucket') throw notFound();
      throw error;
    });
    if (!answer.Body) throw notFound();
    return { stream: answer.Body.transformToWebStream() as ReadableStream<Uint8Array>, sizeBytes: Number(answer.ContentLength ?? 0) };
  }

  async read(key: string): Promise<Buffer> {
    const { stream } = await this.open(key);
    return Buffer.from(await new Response(stream).arrayBuffer());
  }

  async list(prefix = ''): Promise<StoredObjectInfo[]> {
    await this.ensureBucket();
    const out: StoredObjectInfo[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.config.bucket, Prefix: prefix, ContinuationToken: token }));
      for (const object of page.Contents ?? []) {
        if (!object.Key || object.Key.startsWith(RETIRED_PREFIX)) continue;
        const head = await this.client.send(new HeadObjectCommand({ Bucket: this.config.bucket, Key: object.Key }));
        const by = head.Metadata?.['uploaded-by'];
        const at = head.Metadata?.['uploaded-at'];
        out.push({
          key: object.Key,
          sizeBytes: Number(object.Size ?? 0),
          contentType: head.ContentType ?? 'application/octet-stream',
          uploadedById: by ? Number(by) : null,
          uploadedAt: at ? new Date(at) : null,
        });
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return out.sort((a, b) => a.key.localeCompare(b.key));
  }

  async retire(key: string): Promise<void> {
    assertSafeKey(key);
    await this.client.send(new CopyObjectCommand({ Bucket: this.config.bucket, Key: `${RETIRED_PREFIX}${key}`, CopySource: `${this.config.bucket}/${key}` }));
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: key }));
  }

  async discard(key: string): Promise<void> {
    assertSafeKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: key }));
  }
}

let store: FileStore | undefined;

/** The configured store: S3 when S3_BUCKET is set, else the local folder. */
export function fileStore(): FileStore {
  if (!store) {
    const e = env();
    store = e.S3_BUCKET
      ? new S3FileStore({
          bucket: e.S3_BUCKET,
          endpoint: e.S3_ENDPOINT,
          region: e.S3_REGION,
          accessKeyId: e.S3_ACCESS_KEY_ID,
          secretAccessKey: e.S3_SECRET_ACCESS_KEY,
          forcePathStyle: e.S3_FORCE_PATH_STYLE,
        })
      : new LocalFileStore(e.UPLOAD_DIR, e.UPLOAD_TRASH_DIR);
  }
  return store;
}
