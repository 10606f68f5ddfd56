// An S3-compatible bucket for the tests that run the portal with S3_BUCKET set: the variables
// lib/server/env.ts reads (set in vi.hoisted, before any app module is imported), and s3rver serving
// them for the length of the test file.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
// @ts-expect-error — s3rver ships no type declarations.
import S3rver from 's3rver';
import { afterAll, beforeAll } from 'vitest';

/**
 * Points the S3_* variables at `bucket` on a port of this process (two files never share one) and
 * UPLOAD_DIR at a folder that must stay empty. Call inside vi.hoisted:
 * `const s3 = await vi.hoisted(async () => (await import('../setup/s3-bucket')).useS3Bucket('kc-…', 41000));`
 */
export function useS3Bucket(bucket: string, basePort: number) {
  const port = basePort + (process.pid % 2000);
  process.env.S3_BUCKET = bucket;
  process.env.S3_ENDPOINT = `http://127.0.0.1:${port}`;
  process.env.S3_ACCESS_KEY_ID = 'S3RVER';
  process.env.S3_SECRET_ACCESS_KEY = 'S3RVER';
  const uploadDir = path.join(tmpdir(), `${bucket}-${process.pid}`, 'should-stay-empty');
  process.env.UPLOAD_DIR = uploadDir;
  return { port, uploadDir };
}

/** Runs s3rver on `port` before the file's own set-up and stops it after its tests. */
export function serveS3Bucket(port: number): void {
  let server: { run(): Promise<unknown>; close(): Promise<void> } | undefined;
  beforeAll(async () => {
    server = new S3rver({ port, address: '127.0.0.1', directory: mkdtempSync(path.join(tmpdir(), 'kc-s3rver-')), silent: true });
    await server?.run();
  });
  afterAll(async () => {
    await server?.close();
  });
}
