import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { activeContentProblem, ooxmlProblem } from '@/lib/domain/security/file-content';
import { requestBodyLimitBytes, uploadLimitMessage } from '@/lib/domain/security/upload-limit';
import { now } from './clock';
import { env } from './env';
import { AppError } from './errors';
import { fileStore } from './file-store';
import { heicToJpeg } from './heic';

// Uploaded files live in the file store (lib/server/file-store.ts: UPLOAD_DIR, or an S3-compatible
// bucket); the Document row (written by the caller in its transaction) holds the metadata and the
// storage key, which the portal makes (year/uuid.ext), never the user. Files are checked by their
// whole content, not by their name: the detected type must match the name, and nothing may ride
// along (see inspectUpload). A HEIC photo (iPhone camera) is kept as sent and converted once to a
// JPEG preview for viewing. Files of deleted drafts move out of the serving place (retireStoredFile).

/** What may be uploaded: the type detected from the content must be the one the name says. */
const ACCEPTED: Record<string, { mime: string; check: (bytes: Uint8Array) => string | null }> = {
  pdf: { mime: 'application/pdf', check: (b) => activeContentProblem(b, 'pdf') },
  png: { mime: 'image/png', check: (b) => activeContentProblem(b, 'image') },
  jpg: { mime: 'image/jpeg', check: (b) => activeContentProblem(b, 'image') },
  // Photos from an iPhone camera; viewed through their JPEG preview.
  heic: { mime: 'image/heic', check: (b) => activeContentProblem(b, 'image') },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', check: (b) => ooxmlProblem(b, 'docx') },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', check: (b) => ooxmlProblem(b, 'xlsx') },
};
const SAME_TYPE: Record<string, string> = { jpeg: 'jpg', heif: 'heic' };
const FORMATS = 'Chấp nhận PDF, ảnh JPG/PNG/HEIC, Word (.docx), Excel (.xlsx).';

/** The accepted type of a file, judged from all of its bytes; throws VALIDATION (Vietnamese) otherwise. */
export async function inspectUpload(bytes: Uint8Array, fileName: string, field = 'file'): Promise<{ ext: string; mime: string }> {
  const named = path.extname(fileName).slice(1).toLowerCase();
  const ext = SAME_TYPE[named] ?? named;
  const detected = await fileTypeFromBuffer(bytes);
  const detectedExt = detected ? (SAME_TYPE[detected.ext] ?? detected.ext) : undefined;
  const accepted = ACCEPTED[ext];
  const refuse = (why: string) =>
    new AppError('VALIDATION', `Tệp "${fileName}" ${why}. ${FORMATS}`, { [field]: 'Tệp không được chấp nhận' }, `upload refused: ${fileName} (${detected?.mime ?? 'unknown'}): ${why}`);
  if (!accepted || detectedExt !== ext) throw refuse('không đúng định dạng');
  const problem = accepted.check(bytes);
  if (problem) throw refuse(problem);
  return { ext, mime: accepted.mime };
}

/** The limit on one file, in words: the same figure as the 413 of an oversize request (proxy.ts). */
export function uploadTooLargeMessage(): string {
  return uploadLimitMessage(env().UPLOAD_MAX_MB);
}

export interface StoredFile {
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
  /** The JPEG shown for a HEIC photo; null for every other file. */
  previewKey: string | null;
}

/**
 * The 413 message when a request body (`what: 'request'`, counting the form around the file) or a
 * file is above the limit; null otherwise.
 */
export function uploadRequestTooLarge(bytes: number, what: 'request' | 'file' = 'request'): string | null {
  const limit = what === 'request' ? requestBodyLimitBytes(env().UPLOAD_MAX_MB) : env().UPLOAD_MAX_MB * 1024 * 1024;
  return bytes > limit ? uploadTooLargeMessage() : null;
}

/** The size check the server makes on each file (the proxy refuses a larger request body before). */
export function assertUploadSize(file: File | null | undefined, field = 'file'): asserts file is File {
  const maxBytes = env().UPLOAD_MAX_MB * 1024 * 1024;
  if (!file || file.size === 0) throw new AppError('VALIDATION', 'Chưa chọn tệp.', { [field]: 'Chưa chọn tệp' });
  if (file.size > maxBytes) {
    throw new AppError('VALIDATION', uploadTooLargeMessage(), { [field]: `Tệp tối đa ${env().UPLOAD_MAX_MB} MB` });
  }
}

/** Validates and writes a file; returns what the Document row needs. Throws VALIDATION in Vietnamese. */
export async function storeUpload(file: File, field = 'file', uploadedById: number | null = null): Promise<StoredFile> {
  assertUploadSize(file, field);
  const bytes = Buffer.from(await file.arrayBuffer());
  const kind = await inspectUpload(bytes, file.name, field);
  let preview: Buffer | null = null;
  if (kind.ext === 'heic') {
    preview = await heicToJpeg(bytes).catch(() => {
      throw new AppError('VALIDATION', `Tệp "${file.name}" không đọc được như ảnh HEIC. ${FORMATS}`, { [field]: 'Tệp không được chấp nhận' });
    });
  }
  const id = randomUUID();
  const year = now().getUTCFullYear();
  const storageKey = `${year}/${id}.${kind.ext}`;
  const meta = { uploadedById, uploadedAt: now() };
  const store = fileStore();
  await store.put(storageKey, bytes, { ...meta, contentType: kind.mime });
  let previewKey: string | null = null;
  if (preview) {
    previewKey = `${year}/${id}.preview.jpg`;
    await store.put(previewKey, preview, { ...meta, contentType: 'image/jpeg' }).catch(async (error) => {
      await store.discard(storageKey);
      throw error;
    });
  }
  return {
    fileName: path.basename(file.name).slice(0, 255),
    mimeType: kind.mime,
    sizeBytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    storageKey,
    previewKey,
  };
}

export async function readStoredFile(storageKey: string): Promise<Buffer> {
  return fileStore().read(storageKey);
}

/** A stream of a stored file, for the authorised download route. */
export async function openStoredFile(storageKey: string) {
  return fileStore().open(storageKey);
}

/** Removes the files written for a transaction that then failed, so nothing is half-written. */
export async function discardStoredFile(storageKey: string, previewKey: string | null = null): Promise<void> {
  await fileStore().discard(storageKey);
  if (previewKey) await fileStore().discard(previewKey);
}

/**
 * Stores the upload, then runs `write` (the transaction that records it); when the write fails the
 * stored files are removed again, so nothing is half-written.
 */
export async function withStoredUpload<T>(file: File, uploadedById: number, write: (stored: StoredFile) => Promise<T>): Promise<T> {
  const stored = await storeUpload(file, 'file', uploadedById);
  try {
    return await write(stored);
  } catch (error) {
    await discardStoredFile(stored.storageKey, stored.previewKey);
    throw error;
  }
}

/**
 * Moves the file of a deleted draft document out of the serving place (UPLOAD_TRASH_DIR, or the
 * bucket's "deleted/" prefix), so no download can reach it while it stays available to an
 * administrator and to backups.
 */
export async function retireStoredFile(storageKey: string): Promise<void> {
  await fileStore().retire(storageKey);
}
