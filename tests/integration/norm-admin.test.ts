// Mức chi as data: a province edits its own norms (never the national ones), validity periods
// never overlap, every change is audited.
import { beforeAll, describe, expect, it } from 'vitest';
import { normSchema } from '@/lib/schemas/norm';
import { db } from '@/lib/server/db';
import { findNorms } from '@/lib/server/norms/find-norms';
import { categoryChain, findNormInForce } from '@/lib/server/norms/find-norm-in-force';
import { createNorm, updateNorm } from '@/lib/server/norms/save-norm';
import { createProjectWorld, type ProjectWorld } from '../factories/project';
import { errorOf } from '../factories/errors';
import { freshWorld } from '../factories/world';

let w: ProjectWorld;

beforeAll(async () => { w = await freshWorld(createProjectWorld); });

const input = (changes: Record<string, unknown> = {}) =>
  normSchema.parse({
    contentCategoryId: String(w.categoryId),
    fundingSource: 'KCDP',
    maxShareBp: '40',
    ceilingVnd: '250.000.000',
    ceilingScope: 'PER_FACILITY',
    priorityMultiplierBp: '1,5',
    legalBasis: 'Nghị quyết 20/2026/NQ-HĐND, Điều 3',
    validFrom: '01/01/2027',
    ...changes,
  });

describe('norm administration', () => {
  it('parses percentages and multipliers into basis points', () => {
    expect(input()).toMatchObject({ maxShareBp: 4000, priorityMultiplierBp: 15000, ceilingVnd: 250_000_000n, validTo: null });
    expect(normSchema.safeParse({ ...input(), maxShareBp: '', ceilingVnd: '' }).success).toBe(false);
  });

  it('refuses a norm overlapping one in force, and takes the new one once the old one ends', async () => {
    const overlap = await errorOf(createNorm(w.actors.sct, input()));
    expect(overlap.code).toBe('CONFLICT');
    expect(overlap.message).toContain('Đã có mức chi cho nội dung và nguồn này hiệu lực từ 15/05/2018');
    const old = await db.spendingNorm.findFirstOrThrow({ where: { provinceId: w.hp.province.id } });
    await updateNorm(w.actors.sct, old.id, input({ maxShareBp: '50', ceilingVnd: '300.000.000', legalBasis: old.legalBasis, validFrom: '15/05/2018', validTo: '31/12/2026' }));
    const { id } = await createNorm(w.actors.sct, input());
    const on2027 = await findNormInForce(db, { provinceId: w.hp.province.id, contentCategoryId: w.categoryId, fundingLevel: 'KCDP', on: new Date('2027-02-01') });
    expect(on2027?.id).toBe(id);
    const on2026 = await findNormInForce(db, { provinceId: w.hp.province.id, contentCategoryId: w.categoryId, fundingLevel: 'KCDP', on: new Date('2026-02-01') });
    expect(on2026?.id).toBe(old.id);
    expect(await db.auditEvent.count({ where: { entityType: 'SpendingNorm' } })).toBe(2);
  });

  it('keeps national norms read-only and other provinces out', async () => {
    const national = await db.spendingNorm.findFirstOrThrow({ where: { provinceId: null } });
    expect((await errorOf(updateNorm(w.actors.sct, national.id, input({ fundingSource: 'KCQG', validFrom: '01/01/2030' })))).code).toBe('FORBIDDEN');
    const hpNorm = await db.spendingNorm.findFirstOrThrow({ where: { provinceId: w.hp.province.id } });
    expect((await errorOf(updateNorm(w.actors.ldTtkc, hpNorm.id, input()))).code).toBe('FORBIDDEN');
    expect((await errorOf(createNorm(w.actors.ttkc, input({ validFrom: '01/01/2040' })))).code).toBe('FORBIDDEN');
    // Lâm Đồng sees the national norms (a non-empty list, or the check below would prove nothing)
    // and none of Hải Phòng's.
    const ldSees = await findNorms(w.actors.ldTtkc);
    expect(ldSees.length).toBeGreaterThan(0);
    expect(ldSees.map((n) => n.provinceId)).toEqual(ldSees.map(() => null));
    expect(ldSees.map((n) => n.id)).not.toContain(hpNorm.id);
  });

  it('applies a norm set on a content group to the contents below it (the chain read in one statement, most specific first)', async () => {
    const top = await db.contentCategory.create({ data: { code: 'KC90', name: 'Nhóm thử', validFrom: new Date('2012-07-01') } });
    const middle = await db.contentCategory.create({ data: { code: 'KC90.1', name: 'Nội dung thử', parentId: top.id, validFrom: new Date('2012-07-01') } });
    const leaf = await db.contentCategory.create({ data: { code: 'KC90.1.a', name: 'Mục thử', parentId: middle.id, validFrom: new Date('2012-07-01') } });
    expect(await categoryChain(db, leaf.id)).toEqual([leaf.id, middle.id, top.id]);
    expect(await categoryChain(db, top.id)).toEqual([top.id]);
    expect(await categoryChain(db, 2_000_000_000)).toEqual([]);
    const onGroup = await db.spendingNorm.create({
      data: { provinceId: w.hp.province.id, contentCategoryId: top.id, fundingSource: 'KCDP', maxShareBp: 3000, legalBasis: 'Nghị quyết thử', validFrom: new Date('2020-01-01') },
    });
    const found = await findNormInForce(db, { provinceId: w.hp.province.id, contentCategoryId: leaf.id, fundingLevel: 'KCDP', on: new Date('2027-02-01') });
    expect(found?.id).toBe(onGroup.id);
    // A norm on the content itself is more specific than the group's.
    const onMiddle = await db.spendingNorm.create({
      data: { provinceId: w.hp.province.id, contentCategoryId: middle.id, fundingSource: 'KCDP', maxShareBp: 2000, legalBasis: 'Nghị quyết thử 2', validFrom: new Date('2020-01-01') },
    });
    expect((await findNormInForce(db, { provinceId: w.hp.province.id, contentCategoryId: leaf.id, fundingLevel: 'KCDP', on: new Date('2027-02-01') }))?.id).toBe(onMiddle.id);
  });
});
