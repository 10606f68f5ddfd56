// Uploads judged by their whole content, the size limit answered with a 413 that states it, and
// files of deleted documents moved out of the folder downloads are served from.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

const dirs = vi.hoisted(() => {
  const base = `${process.env.TMPDIR ?? '/tmp'}/kc-security-uploads-${process.pid}`;
  process.env.UPLOAD_DIR = `${base}/uploads`;
  process.env.UPLOAD_TRASH_DIR = `${base}/deleted`;
  return { uploads: `${base}/uploads`, deleted: `${base}/deleted` };
});

import ExcelJS from 'exceljs';
import { NextRequest } from 'next/server';
import { documentUploadSchema } from '@/lib/schemas/project';
import { db } from '@/lib/server/db';
import { deleteProjectDocument } from '@/lib/server/documents/delete-project-document';
import { uploadProjectDocument } from '@/lib/server/documents/upload-project-document';
import { storeUpload } from '@/lib/server/storage';
import { proxy } from '@/proxy';
import { createDossierProject, createProjectWorld, type ProjectWorld } from '../factories/project';
import { errorOf } from '../factories/errors';
import { freshWorld } from '../factories/world';

let w: ProjectWorld;
let projectId: number;

beforeAll(async () => {
  w = await freshWorld(createProjectWorld);
  projectId = (await createDossierProject(w, { documents: [] })).id;
});

function upload(name: string, bytes: Buffer, kind = 'BAO_GIA') {
  const f = new FormData();
  f.set('projectId', String(projectId));
  f.set('kind', kind);
  f.set('file', new File([new Uint8Array(bytes)], name));
  return uploadProjectDocument(w.actors.ttkc, documentUploadSchema.parse(f));
}

function plainZip(): Buffer {
  const dir = mkdtempSync(path.join(tmpdir(), 'kc-zip-'));
  mkdirSync(path.join(dir, 'in'));
  writeFileSync(path.join(dir, 'in', 'chuong-trinh.exe'), 'MZ\x90\x00');
  execFileSync('zip', ['-q', path.join(dir, 'a.zip'), 'chuong-trinh.exe'], { cwd: path.join(dir, 'in') });
  return readFileSync(path.join(dir, 'a.zip'));
}

describe('upload content', () => {
  it('refuses a %PDF- file that is also a web page, and stores nothing', async () => {
    const polyglot = Buffer.from('%PDF-1.7\n1 0 obj<<>>endobj\n<html><script>fetch("/api")</script></html>\n%%EOF\n');
    const error = await errorOf(upload('bao-gia.pdf', polyglot));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('chứa mã HTML/script');
    expect(await db.document.count({ where: { projectId } })).toBe(0);
  });

  it('refuses a ZIP renamed to .docx or .xlsx', async () => {
    for (const name of ['du-toan.docx', 'du-toan.xlsx']) {
      expect((await errorOf(upload(name, plainZip()))).message).toContain('không đúng định dạng');
    }
  });

  it('accepts a real Excel workbook and a plain PDF', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Dự toán').addRow(['Máy sấy', 250_000_000]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    await upload('du-toan.xlsx', xlsx, 'DU_TOAN');
    await upload('bao-gia.pdf', Buffer.from('%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\n'));
    expect(await db.document.count({ where: { projectId } })).toBe(2);
  });
});

describe('upload size', () => {
  it('answers a 21 MB request with 413 and the limit in words, before reading it', async () => {
    const body = Buffer.alloc(21 * 1024 * 1024 + 200_000, 0x41);
    const response = await proxy(
      new NextRequest(`http://localhost:3000/de-an/${projectId}`, { method: 'POST', body, headers: { 'content-length': String(body.length), 'next-action': 'x' } }),
    );
    expect(response.status).toBe(413);
    expect(await response.text()).toContain('tối đa 20 MB');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('lets a request just under the limit through to the application', async () => {
    const response = await proxy(new NextRequest('http://localhost:3000/dang-nhap', { method: 'POST', headers: { 'content-length': String(20 * 1024 * 1024) } }));
    expect(response.status).not.toBe(413);
  });

  it('refuses a file above the limit in the application too, stating the limit', async () => {
    const file = new File([Buffer.alloc(20 * 1024 * 1024 + 1)], 'lon.pdf');
    expect((await errorOf(storeUpload(file))).message).toContain('tối đa 20 MB');
  });
});

describe('deleted documents', () => {
  it('move their file out of the serving folder', async () => {
    const { id } = await upload('bao-gia-2.pdf', Buffer.from('%PDF-1.7\nxoá\n%%EOF\n'));
    const { storageKey } = await db.document.findUniqueOrThrow({ where: { id } });
    expect(existsSync(path.join(dirs.uploads, storageKey))).toBe(true);
    await deleteProjectDocument(w.actors.ttkc, id);
    expect(existsSync(path.join(dirs.uploads, storageKey))).toBe(false);
    expect(readFileSync(path.join(dirs.deleted, storageKey), 'utf8')).toContain('xoá');
  });
});
