import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { env } from './env';
import { AppError } from './errors';
import { now as clockNow } from '@/lib/server/clock';

// Uploaded files live on disk under UPLOAD_DIR; the Document row (written by the caller in its
// transaction) holds the metadata and the storage key. Files are checked by content, not by name.

const SIGNATURES: { mime: string; ext: string[]; test: (b: Buffer) => boolean }[] = [
  { mime: 'application/pdf', ext: ['pdf'], test: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  { mime: 'image/png', ext: ['png'], test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { mime: 'image/jpeg', ext: ['jpg', 'jpeg'], test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  // docx / xlsx are zip containers
  {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ext: ['docx'],
    test: (b) => b.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
  },
  {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ext: ['xlsx'],
    test: (b) => b.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
  },
];

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
    throw new AppError('VALIDATION', `Tệp "${file.name}" vượt quá ${env().UPLOAD_MAX_MB} MB.`, { [field]: `Tệp tối đa ${env().UPLOAD_MAX_MB} MB` });
  }
  const bytes = Buffer.from(await file.arrayBuffer());
  const ext = path.extname(file.name).slice(1).toLowerCase();
  const kind = SIGNATURES.find((s) => s.ext.includes(ext) && s.test(bytes));
  if (!kind) {
    throw new AppError('VALIDATION', `Tệp "${file.name}" không đúng định dạng. Chấp nhận PDF, ảnh JPG/PNG, Word (.docx), Excel (.xlsx).`, {
      [field]: 'Định dạng tệp không được chấp nhận',
    });
  }
  const storageKey = `${clockNow().getUTCFullYear()}/${randomUUID()}.${ext}`;
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
