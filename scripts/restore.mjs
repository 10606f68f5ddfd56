#!/usr/bin/env node
// npm run restore -- <archive.tar.gz> — restores a backup into an EMPTY database (DATABASE_URL, or
// the embedded server's database KC_RESTORE_DB, default "khuyencong_restore") and EMPTY file
// folders (UPLOAD_DIR / UPLOAD_TRASH_DIR). It never overwrites: point it at a fresh database,
// check the result (npm run audit:verify), then switch the portal over.
import path from 'node:path';
import { restoreBackup } from './lib/backup.mjs';
import { ensureDatabase, ROOT } from './lib/database.mjs';

const archive = process.argv[2];
if (!archive) {
  console.error('Cách dùng: npm run restore -- <tệp .tar.gz>');
  process.exit(2);
}
const database = await ensureDatabase(process.env.DATABASE_URL ? {} : { database: process.env.KC_RESTORE_DB ?? 'khuyencong_restore' });
try {
  const manifest = await restoreBackup({
    archive: path.resolve(archive),
    databaseUrl: database.url,
    uploadDir: path.resolve(ROOT, process.env.UPLOAD_DIR ?? '.data/uploads'),
    trashDir: path.resolve(ROOT, process.env.UPLOAD_TRASH_DIR ?? '.data/uploads-deleted'),
  });
  console.log(`Đã khôi phục bản sao lưu ngày ${manifest.createdAt} vào ${database.url.replace(/\/\/[^@]*@/, '//')}`);
} catch (error) {
  console.error(`Khôi phục thất bại: ${error.message}`);
  process.exitCode = 1;
} finally {
  await database.stop();
}
