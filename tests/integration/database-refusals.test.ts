// The words a person reads when the database refuses a write (lib/server/database-errors.ts and its
// catalogue database-refusals.json) against the schema the migrations build: a constraint renamed or
// dropped leaves no dead entry behind, and a new CHECK or EXCLUDE constraint does not fall back to the
// generic message unnoticed. Unique indexes may fall back ("Bản ghi này đã tồn tại.").
import { beforeAll, describe, expect, it } from 'vitest';
import { refusalFor } from '@/lib/server/database-errors';
import catalogue from '@/lib/server/database-refusals.json';
import { db } from '@/lib/server/db';

interface Named {
  name: string;
  table: string;
}

/** CHECK ('c') and EXCLUDE ('x') constraints: each refuses a value, so each gets its own words. */
let checks: Named[];
/** Unique indexes, including those behind UNIQUE constraints and partial ones (Amendment_one_pending_per_project). */
let uniqueIndexes: Named[];
/** Names that trigger functions raise as a constraint (`RAISE … USING CONSTRAINT = '…'`), e.g. Document_has_owner. */
let raised: string[];
let columns: Map<string, Set<string>>;

beforeAll(async () => {
  checks = await db.$queryRaw<Named[]>`
    SELECT c.conname AS name, t.relname AS "table"
    FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE n.nspname = current_schema() AND c.contype IN ('c', 'x')`;
  uniqueIndexes = await db.$queryRaw<Named[]>`
    SELECT i.relname AS name, t.relname AS "table"
    FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE n.nspname = current_schema() AND x.indisunique AND NOT x.indisprimary
    UNION
    SELECT c.conname, t.relname
    FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE n.nspname = current_schema() AND c.contype = 'u'`;
  const rows = await db.$queryRaw<{ name: string }[]>`
    SELECT DISTINCT m[1] AS name
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace,
      regexp_matches(p.prosrc, 'CONSTRAINT[[:space:]]*=[[:space:]]*''([^'']+)''', 'g') AS m
    WHERE n.nspname = current_schema()`;
  raised = rows.map((r) => r.name);
  columns = new Map();
  const cols = await db.$queryRaw<{ table: string; column: string }[]>`
    SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns WHERE table_schema = current_schema()`;
  for (const { table, column } of cols) columns.set(table, (columns.get(table) ?? new Set()).add(column));
});

describe('the refusal catalogue against the migrated schema', () => {
  it('reads every kind of name the database refuses by', () => {
    // Without these the checks below would pass on queries that find nothing.
    expect(checks).toContainEqual({ name: 'Project_support_within_total', table: 'Project' });
    expect(checks).toContainEqual({ name: 'SpendingNorm_no_overlap', table: 'SpendingNorm' });
    expect(uniqueIndexes).toContainEqual({ name: 'Amendment_one_pending_per_project', table: 'Amendment' });
    expect(uniqueIndexes).toContainEqual({ name: 'User_username_key', table: 'User' });
    expect(raised).toContain('Document_has_owner');
  });

  it('names only constraints and unique indexes that exist', () => {
    const checkNames = new Set([...checks.map((c) => c.name), ...raised]);
    const uniqueNames = new Set(uniqueIndexes.map((u) => u.name));
    expect(Object.keys(catalogue.checks).filter((name) => !checkNames.has(name)), 'catalogue "checks" with no such CHECK or EXCLUDE constraint').toEqual([]);
    expect(Object.keys(catalogue.uniqueKeys).filter((name) => !uniqueNames.has(name)), 'catalogue "uniqueKeys" with no such unique index').toEqual([]);
  });

  it('words every CHECK and EXCLUDE constraint specifically, from the catalogue or a naming convention', () => {
    const names = [...checks.map((c) => c.name), ...raised];
    expect(names.filter((name) => !refusalFor(name)).sort(), 'constraints that would fall back to the generic message').toEqual([]);
  });

  it('puts a message worded by a naming convention on a column of its table', () => {
    // signRefusal takes the field from the name ("Project_counterpartVnd_nonnegative" → counterpartVnd);
    // a name that covers several columns ("Settlement_money_nonnegative") needs a catalogue entry.
    const named = new Set([...Object.keys(catalogue.checks), ...Object.keys(catalogue.uniqueKeys)]);
    const misplaced = checks
      .filter((c) => !named.has(c.name))
      .map((c) => ({ ...c, field: refusalFor(c.name)?.field }))
      .filter((c) => c.field !== undefined && !columns.get(c.table)?.has(c.field))
      .map((c) => `${c.name} → ${c.field}`);
    expect(misplaced.sort()).toEqual([]);
  });
});
