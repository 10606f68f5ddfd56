// npm run backup / npm run restore: a backup restored into an empty database and empty folders
// reproduces every row (compared table by table) and every stored file (compared by hash), and the
// audit chain still verifies.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { db } from '@/lib/server/db';
// @ts-expect-error — plain ESM scripts, no type declarations.
import { verifyAuditChain } from '../../scripts/lib/audit-chain.mjs';
// @ts-expect-error — idem.
import { listFiles } from '../../scripts/lib/backup.mjs';
import { createPaymentRequest, createPaymentWorld } from '../factories/payment';
import { freshWorld } from '../factories/world';
import { adminSql } from '../setup/admin-sql';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const adminUrl = inject('adminDatabaseUrl');
const target = `${inject('testRunId')}_restore_${process.pid}`;
const targetUrl = Object.assign(new URL(adminUrl), { pathname: `/${target}` }).href;
const work = mkdtempSync(path.join(tmpdir(), 'kc-backup-test-'));
const source = { uploads: path.join(work, 'src/uploads'), deleted: path.join(work, 'src/deleted') };
const restored = { uploads: path.join(work, 'dst/uploads'), deleted: path.join(work, 'dst/deleted') };

const admin = (sql: string) => adminSql(adminUrl, sql);

/** Per table: row count and a digest of every row's text, in a stable order. */
async function fingerprint(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`);
    const out: Record<string, string> = {};
    for (const { tablename } of tables) {
      const { rows } = await client.query(`SELECT count(*) AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS h FROM "${tablename}" t`);
      out[tablename] = `${rows[0].n}:${rows[0].h}`;
    }
    return out;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  const w = await freshWorld(createPaymentWorld);
  await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 90_000_000n, 'PAID');
  mkdirSync(path.join(source.uploads, '2026'), { recursive: true });
  mkdirSync(path.join(source.deleted, '2026'), { recursive: true });
  writeFileSync(path.join(source.uploads, '2026', 'a.pdf'), '%PDF-1.7\nhồ sơ\n%%EOF\n');
  writeFileSync(path.join(source.deleted, '2026', 'b.pdf'), '%PDF-1.7\nđã xoá\n%%EOF\n');
  await admin(`CREATE DATABASE ${target}`);
});

afterAll(() => admin(`DROP DATABASE IF EXISTS ${target} WITH (FORCE)`));

describe('backup and restore', () => {
  it('restores the same rows and files into an empty database', async () => {
    const env = { ...process.env, UPLOAD_DIR: source.uploads, UPLOAD_TRASH_DIR: source.deleted };
    await run('node', ['scripts/backup.mjs', '--out', path.join(work, 'out')], { cwd: root, env });
    const [archive] = readdirSync(path.join(work, 'out'));
    expect(archive).toMatch(/^khuyen-cong-\d{8}-\d{6}\.tar\.gz$/);

    await run('node', ['scripts/restore.mjs', path.join(work, 'out', archive!)], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: targetUrl, UPLOAD_DIR: restored.uploads, UPLOAD_TRASH_DIR: restored.deleted },
    });

    const before = await fingerprint(process.env.DATABASE_URL!);
    expect(Object.keys(before).length).toBeGreaterThan(20);
    expect(await fingerprint(targetUrl)).toEqual(before);
    expect(listFiles(restored.uploads)).toEqual(listFiles(source.uploads));
    expect(listFiles(restored.deleted)).toEqual(listFiles(source.deleted));

    const client = new pg.Client({ connectionString: targetUrl });
    await client.connect();
    try {
      expect((await verifyAuditChain(client)).problems).toEqual([]);
      // New rows continue after the restored ids.
      const { rows } = await client.query(`INSERT INTO "Province" (code, name) VALUES ('ZZ', 'Tỉnh mới') RETURNING id`);
      expect(rows[0].id).toBeGreaterThan(Math.max(...(await db.province.findMany()).map((p) => p.id)));
    } finally {
      await client.end();
    }
  }, 180_000); // two Node processes and the migrations

  it('refuses to restore over a database that is not empty', async () => {
    const out = path.join(work, 'out');
    const [archive] = readdirSync(out);
    const result = await run('node', ['scripts/restore.mjs', path.join(out, archive!)], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: targetUrl, UPLOAD_DIR: path.join(work, 'empty1'), UPLOAD_TRASH_DIR: path.join(work, 'empty2') },
    }).catch((e: { stderr: string }) => e);
    expect(result.stderr).toContain('không trống');
  }, 60_000);
});
