import 'server-only';
import ExcelJS from 'exceljs';
import type { ProgrammeAppendix } from '@/lib/domain/programme-appendix';
import { inconsistencyMessage, targetConsistency } from '@/lib/domain/programme-targets';
import { APPENDIX_FIRST_DATA_ROW, APPENDIX_HEADER_ROW, APPENDIX_SHEET_NAME, HEADER_TEXT } from './appendix-excel-layout';

export interface AppendixWorkbookMeta {
  /** Third title line, e.g. "(Kèm theo Quyết định số 1234/QĐ-UBND ngày 15/04/2026 của UBND thành phố Hải Phòng)". */
  subtitle: string;
}

const THIN = { style: 'thin' as const, color: { argb: 'FF64748B' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const WARNING_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFFDE68A' } };
const GROUP_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFF1F5F9' } };

/**
 * The appendix in the layout of the paper (appendix-excel-layout.ts). Empty cells stay empty —
 * they mean "not planned" — and a total that differs from its years is written as it is, marked
 * with a fill and a note; appendix-excel.ts reads this layout back to the same data.
 */
export async function writeAppendixWorkbook(appendix: ProgrammeAppendix, meta: AppendixWorkbookMeta): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cổng quản lý khuyến công';
  const sheet = workbook.addWorksheet(APPENDIX_SHEET_NAME, {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: APPENDIX_FIRST_DATA_ROW - 1 }],
  });
  const years = appendix.years;
  const firstYearCol = 4;
  const totalCol = firstYearCol + years.length;
  sheet.columns = [
    { width: 6 },
    { width: 70 },
    { width: 14 },
    ...years.map(() => ({ width: 10 })),
    { width: 12 },
  ];

  const period = years.length ? `${years[0]}-${years[years.length - 1]}` : '';
  const titles = ['PHỤ LỤC', `TỔNG HỢP NỘI DUNG THỰC HIỆN CHƯƠNG TRÌNH KHUYẾN CÔNG GIAI ĐOẠN ${period}`, meta.subtitle];
  titles.forEach((text, i) => {
    const row = i + 1;
    sheet.mergeCells(row, 1, row, totalCol);
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.font = i === 2 ? { italic: true } : { bold: true, size: i === 0 ? 13 : 12 };
  });

  const top = APPENDIX_HEADER_ROW;
  const sub = top + 1;
  const header = (row: number, col: number, text: string) => {
    const cell = sheet.getCell(row, col);
    cell.value = text;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
  };
  for (const [col, text] of [
    [1, HEADER_TEXT.tt],
    [2, HEADER_TEXT.name],
    [3, HEADER_TEXT.unit],
    [totalCol, HEADER_TEXT.total],
  ] as const) {
    header(top, col, text);
    header(sub, col, '');
    sheet.mergeCells(top, col, sub, col);
  }
  for (let c = firstYearCol; c < totalCol; c++) header(top, c, '');
  header(top, firstYearCol, HEADER_TEXT.years);
  if (years.length > 1) sheet.mergeCells(top, firstYearCol, top, totalCol - 1);
  years.forEach((year, i) => header(sub, firstYearCol + i, `Năm ${year}`));

  let rowNo = APPENDIX_FIRST_DATA_ROW;
  for (const group of appendix.groups) {
    const row = sheet.getRow(rowNo);
    row.getCell(1).value = group.code;
    row.getCell(2).value = group.name;
    for (let c = 1; c <= totalCol; c++) {
      const cell = row.getCell(c);
      cell.font = { bold: true };
      cell.fill = GROUP_FILL;
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: c === 1 ? 'center' : 'left' };
    }
    sheet.mergeCells(rowNo, 2, rowNo, totalCol);
    rowNo++;
    for (const item of group.items) {
      const r = sheet.getRow(rowNo);
      // Plain numbers are written as numbers (what a person types); "2.1" stays text so it is not read back as 2,1.
      r.getCell(1).value = /^\d+$/.test(item.itemNo) ? Number(item.itemNo) : item.itemNo;
      r.getCell(2).value = item.name;
      r.getCell(3).value = item.unit;
      item.values.forEach((v, i) => {
        r.getCell(firstYearCol + i).value = v;
      });
      const total = r.getCell(totalCol);
      total.value = item.statedTotal;
      const consistency = targetConsistency(item);
      if (!consistency.consistent) {
        total.fill = WARNING_FILL;
        total.note = inconsistencyMessage(consistency);
      }
      for (let c = 1; c <= totalCol; c++) {
        const cell = r.getCell(c);
        cell.border = BORDER;
        cell.alignment = { vertical: 'top', wrapText: c === 2, horizontal: c === 1 || c === 3 ? 'center' : c > 3 ? 'right' : 'left' };
        if (c >= firstYearCol) cell.numFmt = '#,##0';
      }
      rowNo++;
    }
  }
  // The titles and the two header rows on every printed page.
  sheet.pageSetup.printTitlesRow = `1:${APPENDIX_FIRST_DATA_ROW - 1}`;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
