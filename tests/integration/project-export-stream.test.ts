// The đề án list's Excel export through its route handler: a streamed workbook (written batch by
// batch, rows committed as they go) that opens, holds every matching đề án once in list order
// across several batches, and totals each money column exactly; an expired session is refused
// before any byte of a file is sent.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it, vi } from 'vitest';

const session = vi.hoisted(() => ({ actor: null as unknown }));
vi.mock('@/lib/server/auth', () => ({ findActor: async () => session.actor }));

import { GET } from '@/app/(portal)/de-an/xuat-excel/route';
import { db } from '@/lib/server/db';
import { createManyProjects, createWorld, freshWorld } from '../factories/world';

let w: Awaited<ReturnType<typeof createWorld>>;
const COUNT = 1_234; // three batches of 500

beforeAll(async () => {
  w = await freshWorld(createWorld);
  await createManyProjects(w.hp, COUNT, 'XK', (i) => ({
    name: `Đề án xuất Excel ${i}`,
    year: 2020 + (i % 7),
    fundingLevel: 'KCDP',
    adminUnitId: w.xaA.id,
    status: 'APPROVED',
    totalCostVnd: 3_000_000_001n + BigInt(i),
    stateSupportVnd: 1_000_000_000n + BigInt(i),
    approvedSupportVnd: 1_000_000_000n + BigInt(i),
    counterpartVnd: 2_000_000_001n,
  }));
});

async function download(query: string) {
  session.actor = w.actors.ttkc;
  return GET(new Request(`http://localhost/de-an/xuat-excel${query}`), { params: Promise.resolve({}) });
}

describe('the đề án list export', () => {
  it('streams every matching đề án once, in list order, with exact totals', async () => {
    const response = await download('?yearFrom=2020');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="de-an-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.arrayBuffer()) as never);
    const sheet = workbook.getWorksheet('Đề án')!;
    const header = (sheet.getRow(4).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    const codes: string[] = [];
    let total: ExcelJS.Row | undefined;
    sheet.eachRow((row, n) => {
      if (n <= 4) return;
      const first = String(row.getCell(col('Mã đề án')).value);
      if (first.startsWith('Tổng cộng')) total = row;
      else codes.push(first);
    });
    const expected = await db.project.findMany({ where: { provinceId: w.hp.province.id, year: { gte: 2020 } }, orderBy: [{ year: 'desc' }, { code: 'asc' }, { id: 'asc' }], select: { code: true, approvedSupportVnd: true, counterpartVnd: true } });
    expect(expected.length).toBeGreaterThan(1_000);
    expect(codes).toEqual(expected.map((p) => p.code));
    expect(String(total!.getCell(col('Mã đề án')).value)).toBe(`Tổng cộng (${expected.length} đề án)`);
    const sum = (pick: (p: (typeof expected)[number]) => bigint | null) => expected.reduce((s, p) => s + (pick(p) ?? 0n), 0n);
    // Whole đồng: the totals are far below 2^53, so the cell's number is exact.
    expect(BigInt(total!.getCell(col('Hỗ trợ được duyệt (đồng)')).value as number)).toBe(sum((p) => p.approvedSupportVnd));
    expect(BigInt(total!.getCell(col('Vốn đối ứng (đồng)')).value as number)).toBe(sum((p) => p.counterpartVnd));
    // Still set up to print: the header rows repeat on every page.
    expect(sheet.pageSetup.printTitlesRow).toBe('1:4');
  });

  it('answers an expired session with a Vietnamese 401 before any byte of a file', async () => {
    session.actor = null;
    const response = await GET(new Request('http://localhost/de-an/xuat-excel'), { params: Promise.resolve({}) });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).not.toContain('spreadsheet');
    expect(await response.text()).toBe('Phiên đăng nhập đã hết hạn.');
  });

  it('drops a malformed filter, as the list does, and still streams a whole workbook', async () => {
    const response = await download('?year=hai-nghin&page=-3');
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.arrayBuffer()) as never);
    expect(workbook.getWorksheet('Đề án')!.rowCount).toBeGreaterThan(COUNT);
  });
});
