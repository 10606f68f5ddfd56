// Each connection keeps the statements it has run prepared under a name derived from their text
// (lib/server/db.ts), so PostgreSQL parses and plans a statement once per connection instead of on
// every execution — on the đề án page planning cost more than running. An `IN` over many ids is a
// one-off shape and stays unnamed.
import { describe, expect, it } from 'vitest';
import { db, preparedStatementName } from '@/lib/server/db';

describe('prepared statements', () => {
  it('are named by their text only', () => {
    const read = { sql: 'SELECT "id" FROM "Province" WHERE "id" = $1', args: [1] };
    expect(preparedStatementName(read)).toMatch(/^kc_[\w-]{27}$/);
    expect(preparedStatementName({ ...read, args: [2] })).toBe(preparedStatementName(read));
    expect(preparedStatementName({ ...read, sql: read.sql.replace('$1', '$1 + 0') })).not.toBe(preparedStatementName(read));
    expect(preparedStatementName({ sql: 'SELECT 1', args: Array.from({ length: 33 }, (_, i) => i) })).toBe('');
  });

  it('are kept by the connection that ran them and reused, with the right rows each time', async () => {
    const kept = await db.$transaction(async (tx) => {
      // One transaction: one connection, whose prepared statements pg_prepared_statements lists.
      const before = await tx.$queryRaw<{ n: bigint }[]>`SELECT count(*)::bigint AS n FROM pg_prepared_statements WHERE name LIKE 'kc\_%'`;
      await tx.province.createMany({ data: [{ code: 'PS1', name: 'Tỉnh thử một' }, { code: 'PS2', name: 'Tỉnh thử hai' }] });
      const codes = [];
      for (const code of ['PS1', 'PS2', 'PS1']) codes.push((await tx.province.findMany({ where: { code }, select: { name: true } })).map((p) => p.name));
      await tx.province.findMany({ where: { id: { in: Array.from({ length: 40 }, (_, i) => i + 1) } }, select: { id: true } });
      const after = await tx.$queryRaw<{ statement: string }[]>`SELECT statement FROM pg_prepared_statements WHERE name LIKE 'kc\_%'`;
      return { codes, before: Number(before[0]!.n), after: after.map((r) => r.statement) };
    });
    expect(kept.codes).toEqual([['Tỉnh thử một'], ['Tỉnh thử hai'], ['Tỉnh thử một']]);
    const provinceReads = kept.after.filter((s) => s.startsWith('SELECT') && s.includes('"Province"') && s.includes('"code"'));
    expect(provinceReads).toHaveLength(1); // three executions, one statement kept
    expect(kept.after.some((s) => s.includes('"Province"') && s.includes('IN ('))).toBe(false); // forty ids: not kept
    expect(kept.after.length).toBeGreaterThan(kept.before);
  });
});
