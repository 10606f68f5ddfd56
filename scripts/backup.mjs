#!/usr/bin/env node
// npm run backup [-- --out <folder>] — every table and every stored file into
// <folder>/khuyen-cong-YYYYMMDD-HHMMSS.tar.gz (default folder: backups/). DATABASE_URL or the
// embedded server; UPLOAD_DIR / UPLOAD_TRASH_DIR as the portal uses them.
import path from 'node:path';
import { createBackup } from './lib/backup.mjs';
import { ensureDatabase, ROOT } from './lib/database.mjs';

const outIndex = process.argv.indexOf('--out');
const outDir = path.resolve(outIndex > 0 ? process.argv[outIndex + 1] : path.join(ROOT, 'backups'));
const database = await ensureDatabase();
try {
  const { archive, manifest } = await createBackup({
    databaseUrl: database.url,
    uploadDir: path.resolve(ROOT, process.env.UPLOAD_DIR ?? '.data/uploads'),
    trashDir: path.resolve(ROOT, process.env.UPLOAD_TRASH_DIR ?? '.data/uploads-deleted'),
    outDir,
  });
  const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
  console.log(`Đã sao lưu ${rows} hàng của ${Object.keys(manifest.tables).length} bảng và ${manifest.uploads.length + manifest['uploads-deleted'].length} tệp vào ${archive}`);
} catch (error) {
  console.error(`Sao lưu thất bại: ${error.message}`);
  process.exitCode = 1;
} finally {
  await database.stop();
}
