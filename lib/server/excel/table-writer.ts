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

/** The sheet's print set-up: A4 landscape, fitted to the page width, header frozen, page numbers. */
function sheetOptions(headerRow: number): Partial<ExcelJS.AddWorksheetOptions> {
  return {
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
  };
}

/** The columns as written, with the "STT" column first when the table is numbered. */
function withNumber<R>(spec: { numbered?: boolean; columns: ExcelColumn<R>[] }): ExcelColumn<R>[] {
  return spec.numbered ? [{ header: 'STT', kind: 'number', value: () => null }, ...spec.columns] : spec.columns;
}

/** The row of the column headers (below the titles and one blank row). */
function headerRowOf(titles: string[]): number {
  return titles.length + (titles.length ? 2 : 1);
}

/** Title rows merged across the table, then the bold, wrapped, bordered header row. */
function writeTitlesAndHeader<R>(sheet: ExcelJS.Worksheet, titles: string[], columns: ExcelColumn<R>[]): void {
  titles.forEach((text, i) => {
    sheet.mergeCells(i + 1, 1, i + 1, columns.length);
    const cell = sheet.getCell(i + 1, 1);
    cell.value = text;
    cell.font = i === 0 ? { bold: true, size: 13 } : { italic: i === titles.length - 1 };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  const header = sheet.getRow(headerRowOf(titles));
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
  });
}

/**
 * The style of a table cell by kind, bold or not: bordered, money as #,##0, figures right-aligned,
 * text wrapped. One shared object per kind — ExcelJS recognises a style object it has seen (a
 * WeakMap), so 10 000 rows do not register 160 000 styles. Never mutate a cell's style in place.
 */
const LINE_STYLES = Object.fromEntries(
  (['text', 'number', 'money'] as const).flatMap((kind) =>
    [false, true].map((bold) => [
      `${kind}${bold ? '-bold' : ''}`,
      {
        border: BORDER,
        ...(kind === 'money' ? { numFmt: MONEY_FORMAT } : {}),
        alignment: kind === 'text' ? { vertical: 'top', wrapText: true } : { vertical: 'top', horizontal: 'right' },
        ...(bold ? { font: { bold: true } } : {}),
      } as Partial<ExcelJS.Style>,
    ]),
  ),
);

/** One table line, each cell in its column kind's style. */
function writeLine<R>(sheet: ExcelJS.Worksheet, columns: ExcelColumn<R>[], cells: CellValue[], bold: boolean): ExcelJS.Row {
  const row = sheet.addRow(cells.map(toCell));
  columns.forEach((c, i) => {
    row.getCell(i + 1).style = LINE_STYLES[`${c.kind ?? 'text'}${bold ? '-bold' : ''}`]!;
  });
  return row;
}

/** The cells of a data line (numbered or not) and of a bold subtotal or total line. */
const dataCells = <R>(spec: { numbered?: boolean; columns: ExcelColumn<R>[] }, row: R, n: number): CellValue[] => [
  ...(spec.numbered ? [n] : []),
  ...spec.columns.map((c) => c.value(row)),
];
const totalCells = (numbered: boolean | undefined, line: ExcelTotalLine): CellValue[] => [...(numbered ? [null] : []), line.label, ...line.values.slice(1)];

/** Title and header rows on every printed page; a filter on the header when there are lines. */
function finishSheet(sheet: ExcelJS.Worksheet, headerRow: number, width: number, hasLines: boolean): void {
  sheet.pageSetup.printTitlesRow = `1:${headerRow}`;
  if (hasLines) sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: width } };
}

/** Adds one printable table sheet; returns it so callers can add notes below. */
export function addTableSheet<R>(workbook: ExcelJS.Workbook, spec: ExcelTableSpec<R>): ExcelJS.Worksheet {
  const columns = withNumber(spec);
  const headerRow = headerRowOf(spec.titles);
  const sheet = workbook.addWorksheet(spec.sheetName, sheetOptions(headerRow));
  writeTitlesAndHeader(sheet, spec.titles, columns);
  const shown: CellValue[][] = columns.map(() => []);
  const write = (cells: CellValue[], bold: boolean) => {
    writeLine(sheet, columns, cells, bold);
    cells.forEach((v, i) => shown[i]!.push(v));
  };
  let n = 0;
  for (const line of spec.lines) {
    if ('row' in line) write(dataCells(spec, line.row, ++n), false);
    else write(totalCells(spec.numbered, line.subtotal), true);
  }
  if (spec.total) write(totalCells(spec.numbered, spec.total), true);
  columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = widthOf(c, shown[i]!);
  });
  finishSheet(sheet, headerRow, columns.length, spec.lines.length > 0);
  return sheet;
}

/** A table too long to hold in memory: its rows arrive in batches and are written as they come. */
export interface ExcelStreamSpec<R> {
  sheetName: string;
  titles: string[];
  numbered?: boolean;
  columns: ExcelColumn<R>[];
  batches: AsyncIterable<R[]>;
  /** How many rows the batches hold (the numbering column's width). */
  rowCount: number;
  /** A bold last line summing every money column; its label knows how many rows there were. */
  totalLabel?: (rows: number) => string;
  /** The largest figure a money column may show (its total): it sets the column's width up front. */
  widestMoneyVnd?: bigint;
}

/**
 * Writes one printable table as a streamed workbook (ExcelJS's WorkbookWriter) to `out`: each row
 * is committed to the zip as soon as it is written, so the server's memory does not grow with the
 * number of rows. Same print set-up, styles and widths rule as `addTableSheet`, except that the
 * widths are fixed before the first row is written — from the headers, the first batch and, for
 * money, `widestMoneyVnd` (the total line must fit).
 */
export async function streamTableSheet<R>(out: NodeJS.WritableStream, spec: ExcelStreamSpec<R>, creator: string): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out as never, useStyles: true, useSharedStrings: false });
  workbook.creator = creator;
  const columns = withNumber(spec);
  const headerRow = headerRowOf(spec.titles);
  const sheet = workbook.addWorksheet(spec.sheetName, sheetOptions(headerRow)) as unknown as ExcelJS.Worksheet;
  const money = columns.map((c) => c.kind === 'money');
  const sums = columns.map(() => 0n);
  let n = 0;
  let widthsSet = false;
  for await (const batch of spec.batches) {
    const lines = batch.map((row) => dataCells(spec, row, ++n));
    if (!widthsSet) {
      columns.forEach((c, i) => {
        const seen = [...lines.map((l) => l[i]), ...(money[i] && spec.widestMoneyVnd !== undefined ? [spec.widestMoneyVnd] : []), ...(i === 0 && spec.numbered ? [spec.rowCount] : [])];
        sheet.getColumn(i + 1).width = widthOf(c, seen);
      });
      writeTitlesAndHeader(sheet, spec.titles, columns);
      widthsSet = true;
    }
    for (const cells of lines) {
      cells.forEach((v, i) => {
        if (money[i] && typeof v === 'bigint') sums[i]! += v;
      });
      writeLine(sheet, columns, cells, false).commit();
    }
  }
  if (!widthsSet) {
    columns.forEach((c, i) => (sheet.getColumn(i + 1).width = widthOf(c, [])));
    writeTitlesAndHeader(sheet, spec.titles, columns);
  }
  if (spec.totalLabel) {
    const values = columns.map((_, i) => (money[i] ? sums[i]! : null)).slice(spec.numbered ? 1 : 0);
    writeLine(sheet, columns, totalCells(spec.numbered, { label: spec.totalLabel(n), values }), true).commit();
  }
  finishSheet(sheet, headerRow, columns.length, n > 0);
  (sheet as unknown as { commit(): void }).commit();
  await workbook.commit();
}
