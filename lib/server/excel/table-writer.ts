import 'server-only';
import type ExcelJS from 'exceljs';
import { toSafeNumber } from '@/lib/domain/money';

// One writer for every tabular export. Officials print these forms to sign and stamp, so each sheet
// is set up to print: A4 landscape, fitted to the page width (as many pages down as needed), the
// title and header rows repeated on every page, header text wrapped, and every column at least as
// wide as the longest word of its header and as its figures. Money is whole đồng in `#,##0`.

export const MONEY_FORMAT = '#,##0';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type CellValue = string | number | bigint | Date | null | undefined;

export interface ExcelColumn<R> {
  header: string;
  /** money: bigint đồng shown as #,##0; number: plain figures; text wraps. */
  kind?: 'text' | 'money' | 'number';
  value: (row: R) => CellValue;
  /** Widest a text column grows before wrapping (characters). */
  maxWidth?: number;
}

/** A bold line inside the table (a group's subtotal, the grand total), values by column index. */
export interface ExcelTotalLine {
  label: string;
  values: CellValue[];
}

export type ExcelLine<R> = { row: R } | { subtotal: ExcelTotalLine };

export interface ExcelTableSpec<R> {
  sheetName: string;
  /** Title rows above the table, merged across it; the first is bold. */
  titles: string[];
  /** An "STT" column numbering the data rows. */
  numbered?: boolean;
  columns: ExcelColumn<R>[];
  lines: ExcelLine<R>[];
  /** The last line, bold; computed by the caller (no formulas: the file shows the screen's figures). */
  total?: ExcelTotalLine;
}

const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

function toCell(value: CellValue): string | number | Date | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'bigint') return toSafeNumber(value);
  return value;
}

/** Characters a value needs on screen ("1.234.567" for money). */
function shownLength(value: CellValue, kind: ExcelColumn<unknown>['kind']): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'bigint' || typeof value === 'number') {
    const digits = String(typeof value === 'bigint' ? (value < 0n ? -value : value) : Math.abs(Math.trunc(value))).length;
    return digits + (kind === 'money' ? Math.floor((digits - 1) / 3) : 0) + 1;
  }
  if (value instanceof Date) return 10;
  return Math.max(...String(value).split('\n').map((l) => l.length));
}

/** Longest word of a header: a column is never narrower, so no word is cut when printed. */
export function longestWord(text: string): number {
  return Math.max(...text.split(/\s+/).map((w) => w.length));
}

/** Column width in Excel characters: the header's longest word, the content, within bounds. */
function widthOf<R>(column: ExcelColumn<R>, values: CellValue[]): number {
  const content = Math.max(0, ...values.map((v) => shownLength(v, column.kind)));
  const cap = column.kind === 'text' || column.kind === undefined ? (column.maxWidth ?? 45) : 24;
  return Math.max(longestWord(column.header) + 2, Math.min(content + 2, cap), 6);
}

/** Adds one printable table sheet; returns it so callers can add notes below. */
export function addTableSheet<R>(workbook: ExcelJS.Workbook, spec: ExcelTableSpec<R>): ExcelJS.Worksheet {
  const columns: ExcelColumn<R & { __n?: number }>[] = spec.numbered
    ? [{ header: 'STT', kind: 'number', value: () => null }, ...spec.columns]
    : spec.columns;
  const offset = spec.numbered ? 1 : 0;
  const width = columns.length;
  const headerRow = spec.titles.length + (spec.titles.length ? 2 : 1);
  const sheet = workbook.addWorksheet(spec.sheetName, {
    views: [{ state: 'frozen', ySplit: headerRow }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: 'Trang &P/&N' },
  });

  spec.titles.forEach((text, i) => {
    sheet.mergeCells(i + 1, 1, i + 1, width);
    const cell = sheet.getCell(i + 1, 1);
    cell.value = text;
    cell.font = i === 0 ? { bold: true, size: 13 } : { italic: i === spec.titles.length - 1 };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });

  const header = sheet.getRow(headerRow);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
  });

  const shown: CellValue[][] = columns.map(() => []);
  const write = (cells: CellValue[], bold: boolean) => {
    const row = sheet.addRow(cells.map(toCell));
    cells.forEach((v, i) => shown[i]!.push(v));
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.border = BORDER;
      if (c.kind === 'money') cell.numFmt = MONEY_FORMAT;
      cell.alignment = c.kind === 'money' || c.kind === 'number' ? { vertical: 'top', horizontal: 'right' } : { vertical: 'top', wrapText: true };
      if (bold) cell.font = { bold: true };
    });
  };
  let n = 0;
  for (const line of spec.lines) {
    if ('row' in line) write([...(spec.numbered ? [++n] : []), ...spec.columns.map((c) => c.value(line.row))], false);
    else write([...(offset ? [null] : []), line.subtotal.label, ...line.subtotal.values.slice(1)], true);
  }
  if (spec.total) write([...(offset ? [null] : []), spec.total.label, ...spec.total.values.slice(1)], true);

  columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = widthOf(c, shown[i]!);
  });
  // Title and header rows on every printed page.
  sheet.pageSetup.printTitlesRow = `1:${headerRow}`;
  if (spec.lines.length) sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: width } };
  return sheet;
}
