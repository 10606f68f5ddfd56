import 'server-only';
import type ExcelJS from 'exceljs';
import { toSafeNumber } from '@/lib/domain/money';

// One table per worksheet in the layout officials print: title rows, a bold header, data rows with
// bold subtotal and total rows, money as #,##0, A4 landscape fitted to the page width, the title and
// header repeated on every printed page. (The kernel's shared writer was not on main yet.)

export interface ReportColumn {
  header: string;
  width: number;
  kind?: 'text' | 'number' | 'money' | 'percent' | 'ratio';
}

export type ReportCell = string | number | bigint | null;

export interface ReportSheetRow {
  cells: ReportCell[];
  kind?: 'data' | 'group' | 'subtotal' | 'total';
}

export interface ReportSheet {
  name: string;
  title: string;
  subtitle: string;
  columns: ReportColumn[];
  rows: ReportSheetRow[];
  note?: string;
}

const FORMATS = { money: '#,##0', number: '#,##0', percent: '0.0" %"', ratio: '0.00', text: '@' } as const;

function value(cell: ReportCell): string | number | null {
  return typeof cell === 'bigint' ? toSafeNumber(cell) : cell;
}

export function addReportSheet(workbook: ExcelJS.Workbook, sheet: ReportSheet): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(sheet.name.slice(0, 31));
  const last = sheet.columns.length;
  ws.columns = sheet.columns.map((c) => ({ width: c.width }));
  ws.addRow([sheet.title]).font = { bold: true, size: 13 };
  ws.mergeCells(1, 1, 1, last);
  ws.addRow([sheet.subtitle]).font = { italic: true };
  ws.mergeCells(2, 1, 2, last);
  const header = ws.addRow(sheet.columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  header.eachCell((cell) => {
    cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF1F5F9' } };
  });
  for (const row of sheet.rows) {
    const added = ws.addRow(row.cells.map(value));
    if (row.kind && row.kind !== 'data') added.font = { bold: true, italic: row.kind === 'subtotal' };
    sheet.columns.forEach((c, i) => {
      const cell = added.getCell(i + 1);
      if (c.kind && c.kind !== 'text') cell.numFmt = FORMATS[c.kind];
      cell.border = { bottom: { style: 'hair' }, left: { style: 'thin' }, right: { style: 'thin' } };
      if (c.kind === undefined || c.kind === 'text') cell.alignment = { wrapText: true, vertical: 'top' };
    });
  }
  if (sheet.note) ws.addRow([sheet.note]).font = { italic: true, size: 9 };
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } };
  ws.pageSetup.printTitlesRow = '1:3';
  ws.views = [{ state: 'frozen', ySplit: 3 }];
  return ws;
}
