// prisma/schema.prisma and prisma/migrations describe the same database: replaying the migrations on
// a shadow database and diffing against the schema gives an empty migration. A column added to the
// schema without a migration (or the reverse) fails here, on every `npm test`.
import { describe, expect, it } from 'vitest';
// @ts-expect-error — plain ESM script shared with the launcher, no type declarations.
import { checkSchemaDrift, introspectableServerUrl } from '../../scripts/lib/schema-drift.mjs';

describe('schema drift', () => {
  it('the migrations build exactly prisma/schema.prisma', async () => {
    const result = await checkSchemaDrift(await introspectableServerUrl());
    expect(result.script, 'SQL that would bring the migrations to the schema').toBe('');
    expect(result.drift).toBe(false);
  }, 180_000);
});
