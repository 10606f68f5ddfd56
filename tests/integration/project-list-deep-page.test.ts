// A deep page of the đề án list (thousands of rows skipped) finds its ids first and then reads those
// đề án (lib/server/projects/find-projects.ts): it must show exactly the rows, in exactly the order,
// that the same page shows when read in one pass — for the default order and for another sort.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { findProjects, PROJECTS_PAGE_SIZE } from '@/lib/server/projects/find-projects';
import { createManyProjects, createWorld, freshWorld } from '../factories/world';

let w: Awaited<ReturnType<typeof createWorld>>;
const COUNT = 1_130;

beforeAll(async () => {
  w = await freshWorld(createWorld);
  // Codes out of insertion order, several đề án per year, two xã.
  await createManyProjects(w.hp, COUNT, 'DP', (i) => ({
    name: `Đề án trang sâu ${i}`,
    year: 2017 + (i % 10),
    fundingLevel: i % 3 === 0 ? 'KCQG' : 'KCDP',
    adminUnitId: i % 2 ? w.xaA.id : w.xaB.id,
    status: 'DRAFT',
  }));
});

/** Every đề án of the province in list order, read without paging: the oracle. */
async function allInOrder(orderBy: { year?: 'desc'; code?: 'asc'; id?: 'asc'; name?: 'desc' }[]) {
  return (await db.project.findMany({ where: { provinceId: w.hp.province.id }, orderBy, select: { id: true } })).map((r) => r.id);
}

describe('a deep page of the đề án list', () => {
  it('shows the same đề án in the same order as the whole list at that place (default order)', async () => {
    const all = await allInOrder([{ year: 'desc' }, { code: 'asc' }, { id: 'asc' }]);
    expect(all.length).toBeGreaterThanOrEqual(COUNT);
    const page = Math.floor(all.length / PROJECTS_PAGE_SIZE); // beyond 1 000 rows skipped
    const result = await findProjects(w.actors.ttkc, { page });
    expect((page - 1) * PROJECTS_PAGE_SIZE).toBeGreaterThanOrEqual(1_000);
    expect(result.total).toBe(all.length);
    expect(result.rows.map((r) => r.id)).toEqual(all.slice((page - 1) * PROJECTS_PAGE_SIZE, page * PROJECTS_PAGE_SIZE));
    // The rows are whole: their relations are read too.
    expect(result.rows.every((r) => r.adminUnit && r.implementingOrg.name && r.contentCategory.code)).toBe(true);
  });

  it('keeps a chosen sort and the last, partly filled page', async () => {
    const all = await allInOrder([{ name: 'desc' }, { id: 'asc' }]);
    const lastPage = Math.ceil(all.length / PROJECTS_PAGE_SIZE);
    const result = await findProjects(w.actors.ttkc, { page: lastPage, sort: 'name', dir: 'desc' });
    expect(result.rows.map((r) => r.id)).toEqual(all.slice((lastPage - 1) * PROJECTS_PAGE_SIZE));
    expect(result.rows.length).toBe(all.length - (lastPage - 1) * PROJECTS_PAGE_SIZE);
  });
});
