import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { activeContentProblem, ooxmlProblem } from '@/lib/domain/security/file-content';
import { uploadLimitMessage } from '@/lib/domain/security/upload-limit';
import { now } from './clock';
import { env } from './env';
import { AppError } from './errors';

// Uploaded files live on disk under UPLOAD_DIR; the Document row (written by the caller in its
// transaction) holds the metadata and the storage key. Files are checked by their whole content, not
// by their name: the detected type must match the name, and nothing may ride along (see inspectUpload).
// Files of deleted documents move to UPLOAD_TRASH_DIR, outside the folder downloads are read from.

/** What may be uploaded: the type detected from the content must be the one the name says. */
const ACCEPTED: Record<string, { mime: string; check: (bytes: Uint8Array) => string | null }> = {
  pdf: { mime: 'application/pdf', check: (b) => activeContentProblem(b, 'pdf') },
  png: { mime: 'image/png', check: (b) => activeContentProblem(b, 'image') },
  jpg: { mime: 'image/jpeg', check: (b) => activeContentProblem(b, 'image') },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', check: (b) => ooxmlProblem(b, 'docx') },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', check: (b) => ooxmlProblem(b, 'xlsx') },
};
const SAME_TYPE: Record<string, string> = { jpeg: 'jpg' };
const FORMATS = 'Chấp nhận PDF, ảnh JPG/PNG, Word (.docx), Excel (.xlsx).';

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
}

function uploadRoot(): string {
  return path.resolve(env().UPLOAD_DIR);
}

/** Validates and writes a file; returns what the Document row needs. Throws VALIDATION in Vietnamese. */
export async function storeUpload(file: File, field = 'file'): Promise<StoredFile> {
  const maxBytes = env().UPLOAD_MAX_MB * 1024 * 1024;
  if (!file || file.size === 0) throw new AppError('VALIDATION', 'Chưa chọn tệp.', { [field]: 'Chưa chọn tệp' });
  if (file.size > maxBytes) {
    throw new AppError('VALIDATION', uploadTooLargeMessage(), { [field]: `Tệp tối đa ${env().UPLOAD_MAX_MB} MB` });
  }
  const bytes = Buffer.from(await file.arrayBuffer());
  const kind = await inspectUpload(bytes, file.name, field);
  const storageKey = `${now().getUTCFullYear()}/${randomUUID()}.${kind.ext}`;
  const target = path.join(uploadRoot(), storageKey);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, bytes, { flag: 'wx' });
  return {
    fileName: path.basename(file.name).slice(0, 255),
    mimeType: kind.mime,
    sizeBytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    storageKey,
  };
}

export async function readStoredFile(storageKey: string): Promise<Buffer> {
  const full = path.resolve(uploadRoot(), storageKey);
  if (!full.startsWith(uploadRoot() + path.sep)) throw new AppError('NOT_FOUND', 'Không tìm thấy tệp.');
  return readFile(full);
}

/** Removes a file written for a transaction that then failed, so nothing is half-written. */
export async function discardStoredFile(storageKey: string): Promise<void> {
  await rm(path.resolve(uploadRoot(), storageKey), { force: true });
}

function trashRoot(): string {
  return path.resolve(env().UPLOAD_TRASH_DIR);
}

/**
 * Moves the file of a deleted document out of the serving folder (to UPLOAD_TRASH_DIR, same key),
 * so no download can reach it while it stays available to an administrator and to backups.
 */
export async function retireStoredFile(storageKey: string): Promise<void> {
  const from = path.resolve(uploadRoot(), storageKey);
  if (!from.startsWith(uploadRoot() + path.sep)) return;
  const to = path.join(trashRoot(), storageKey);
  await mkdir(path.dirname(to), { recursive: true });
  await rename(from, to).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}
