// prisma/schema.prisma and prisma/migrations describe the same database: the schema's SQL and the
// migrations each build a scratch database and their catalogs are compared (scripts/lib/schema-drift.mjs).
// A column added to the schema without a migration (or the reverse) fails here, on every `npm test`.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
// @ts-expect-error — plain ESM script shared with the launcher, no type declarations.
import { checkSchemaDrift } from '../../scripts/lib/schema-drift.mjs';

const adminUrl = inject('adminDatabaseUrl');
const scratch = await mkdtemp(path.join(tmpdir(), 'kc-drift-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('schema drift', () => {
  it('the migrations build exactly what prisma/schema.prisma declares', async () => {
    const result = await checkSchemaDrift(adminUrl);
    expect(result.script, 'what differs between the schema and the migrations').toBe('');
    expect(result.drift).toBe(false);
  }, 180_000);

  it('finds a column, a changed delete rule and a renamed index that have no migration', async () => {
    const schema = await readFile('prisma/schema.prisma', 'utf8');
    const drifted = schema
      .replace('model TreasuryProjectShare {\n', 'model TreasuryProjectShare {\n  note String?\n')
      .replace('references: [id], onDelete: Restrict)', 'references: [id], onDelete: Cascade)')
      .replace('@@index([treasuryOrgId, provinceId])', '@@index([treasuryOrgId, provinceId], map: "TreasuryProjectShare_by_treasury")');
    expect(drifted).not.toBe(schema);
    const file = path.join(scratch, 'schema.prisma');
    await writeFile(file, drifted);
    const result = await checkSchemaDrift(adminUrl, { schemaPath: file });
    expect(result.drift).toBe(true);
    expect(result.script).toContain('the schema has column TreasuryProjectShare.note text');
    expect(result.script).toMatch(/the schema has foreign key \S+ FOREIGN KEY .* ON DELETE CASCADE, the migrations do not/);
    expect(result.script).toContain('the schema has index TreasuryProjectShare_by_treasury ON TreasuryProjectShare (treasuryOrgId, provinceId), the migrations do not');
  }, 180_000);
});
