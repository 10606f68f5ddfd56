// The appendix workbook on its own (no database): the paper typed from seed 001, the portal's own
// export read back, and files that are not an appendix.
import { describe, expect, it } from 'vitest';
import { issueText } from '@/lib/domain/programme-appendix-rules';
import { parseAppendixRows } from '@/lib/domain/programme-import';
import { HP_PROGRAMME_APPENDIX } from '@/prisma/seed/programme-hp-2026-2030';
import {
  appendixWithMistakesXlsx,
  corruptZipRenamedToXlsx,
  pdfRenamedToXlsx,
  textRenamedToXlsx,
  wrongColumnsXlsx,
  wrongSheetXlsx,
  xlsRenamedToXlsx,
} from '@/tests/fixtures/programme/bad-files';
import { inconsistentRows, typedAppendixXlsx } from '@/tests/fixtures/programme/hp-appendix-typed';
import { AppError } from '../errors';
import { readAppendixWorkbook, writeAppendixWorkbook } from './appendix-excel';

async function messageOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.message;
    throw error;
  }
  throw new Error('expected a validation error');
}

describe('the appendix of seed 001 typed into Excel', () => {
  it('reads back row for row, with nothing blocking', async () => {
    const sheet = await readAppendixWorkbook(await typedAppendixXlsx(), 'phu-luc.xlsx');
    const result = parseAppendixRows(sheet);
    expect(result.errors).toBe(0);
    expect(result.appendix).toEqual(HP_PROGRAMME_APPENDIX);
    const items = HP_PROGRAMME_APPENDIX.groups.reduce((n, g) => n + g.items.length, 0);
    expect(result.rows.filter((r) => r.kind === 'item')).toHaveLength(items);
    expect(result.rows.filter((r) => r.kind === 'group').map((r) => r.tt)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
  });

  it('flags each row whose total differs from its years, with both numbers, as a warning', async () => {
    const result = parseAppendixRows(await readAppendixWorkbook(await typedAppendixXlsx(), 'phu-luc.xlsx'));
    const expected = inconsistentRows();
    expect(expected.map((r) => r.key)).toContain('II.7');
    expect(result.warnings).toBe(expected.length);
    const flagged = result.rows.filter((r) => r.issues.some((i) => i.severity === 'warning'));
    expect(flagged).toHaveLength(expected.length);
    const row = flagged.find((r) => r.name.startsWith('Hỗ trợ đầu tư các phòng trưng bày'))!;
    expect(row.statedTotal).toBe(25);
    expect(row.sumOfYears).toBe(15);
    expect(issueText(row.issues[0]!)).toMatch(/^Dòng \d+, cột Tổng nội dung: Tổng ghi \(25\) khác tổng các năm \(15\)/);
  });
});

describe('export', () => {
  it('reads back to identical data (lossless)', async () => {
    const bytes = await writeAppendixWorkbook(HP_PROGRAMME_APPENDIX, { subtitle: '(Kèm theo Quyết định số 1234/QĐ-UBND)' });
    const result = parseAppendixRows(await readAppendixWorkbook(bytes, 'xuat.xlsx'));
    expect(result.errors).toBe(0);
    expect(result.appendix).toEqual(HP_PROGRAMME_APPENDIX);
  });

  it('keeps sub-numbered items, empty years and unplanned rows', async () => {
    const appendix = {
      years: [2026, 2027],
      groups: [{ code: 'I', name: 'Nhóm một', items: [
        { itemNo: '2.1', name: 'Mục con', unit: 'Lớp', values: [null, 3], statedTotal: 3 },
        { itemNo: '3', name: 'Không có kế hoạch', unit: 'Cơ sở', values: [null, null], statedTotal: null },
        { itemNo: '4', name: 'Tổng để trống', unit: 'Người', values: [5, 0], statedTotal: null },
      ] }],
    };
    const bytes = await writeAppendixWorkbook(appendix, { subtitle: '(Dự thảo)' });
    expect(parseAppendixRows(await readAppendixWorkbook(bytes, 'a.xlsx')).appendix).toEqual(appendix);
  });
});

describe('files that are not an appendix', () => {
  it('names a PDF, a text file, an old .xls and a broken zip for what they are', async () => {
    expect(await messageOf(readAppendixWorkbook(pdfRenamedToXlsx, 'phu-luc.xlsx'))).toMatch(/thực chất là tệp PDF/);
    expect(await messageOf(readAppendixWorkbook(textRenamedToXlsx, 'phu-luc.xlsx'))).toMatch(/không phải là bảng tính Excel \(có thể là tệp văn bản/);
    expect(await messageOf(readAppendixWorkbook(xlsRenamedToXlsx, 'phu-luc.xlsx'))).toMatch(/Excel 97–2003 \(\.xls\)/);
    expect(await messageOf(readAppendixWorkbook(corruptZipRenamedToXlsx, 'phu-luc.xlsx'))).toMatch(/không đọc được như một bảng tính Excel/);
  });

  it('refuses a name that is not .xlsx', async () => {
    expect(await messageOf(readAppendixWorkbook(await typedAppendixXlsx(), 'phu-luc.pdf'))).toMatch(/không phải tệp Excel \.xlsx/);
  });

  it('says which sheets it looked at when none holds the table', async () => {
    expect(await messageOf(readAppendixWorkbook(await wrongSheetXlsx(), 'co-so.xlsx'))).toMatch(
      /Không tìm thấy bảng phụ lục chỉ tiêu.*"Danh sách cơ sở"/,
    );
  });

  it('names the missing columns', async () => {
    const message = await messageOf(readAppendixWorkbook(await wrongColumnsXlsx(), 'phu-luc.xlsx'));
    expect(message).toMatch(/thiếu cột "ĐVT", "Tổng nội dung"/);
  });
});

describe('typing mistakes', () => {
  it('lists each one by row and column, blocking the import', async () => {
    const result = parseAppendixRows(await readAppendixWorkbook(await appendixWithMistakesXlsx(), 'phu-luc.xlsx'));
    const errors = result.issues.filter((i) => i.severity === 'error').map(issueText);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Dòng \d+, cột Năm 2027: "hai mươi chín" không phải là số$/),
        expect.stringMatching(/^Dòng \d+, cột ĐVT: đơn vị tính "Cái" không có trong danh mục ĐVT$/),
        expect.stringMatching(/^Dòng \d+, cột TT: chỉ tiêu II\.2 trùng số thứ tự với dòng \d+$/),
        expect.stringMatching(/^Dòng \d+, cột Năm 2026: 7,5 không phải số nguyên$/),
      ]),
    );
    expect(result.errors).toBe(4);
  });
});
