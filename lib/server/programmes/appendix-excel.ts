import 'server-only';
import ExcelJS from 'exceljs';
import { formatDate } from '@/lib/domain/format';
import type { RawAppendixRow, RawAppendixSheet, SheetCell } from '@/lib/domain/programme-import';
import { AppError } from '../errors';
import { HEADER_TEXT, headerKey } from './appendix-excel-layout';

export { writeAppendixWorkbook } from './appendix-excel-writer';

// Reads an appendix sheet typed by people or exported by the portal. It finds the table by its
// header (TT | Nội dung | ĐVT | Năm … | Tổng), wherever it starts, and hands plain cell values to
// lib/domain/programme-import.ts, which checks them row by row.

export const MAX_APPENDIX_BYTES = 5 * 1024 * 1024;
const HEADER_SCAN_ROWS = 30;
const MAX_DATA_ROWS = 1000;

/** A refusal of an uploaded file, shown on the form's file field. */
export function badFile(message: string): AppError {
  return new AppError('VALIDATION', message, { file: message });
}

/** Recognises what a file really is before handing it to the spreadsheet parser. */
export function assertXlsxBytes(bytes: Buffer, fileName: string): void {
  if (bytes.length === 0) throw badFile(`Tệp "${fileName}" rỗng.`);
  if (bytes.length > MAX_APPENDIX_BYTES) throw badFile(`Tệp "${fileName}" lớn hơn 5 MB, không giống một phụ lục chỉ tiêu.`);
  if (!/\.xlsx$/i.test(fileName)) throw badFile(`Tệp "${fileName}" không phải tệp Excel .xlsx. Hãy chọn tệp phụ lục dạng .xlsx.`);
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') {
    throw badFile(`Tệp "${fileName}" thực chất là tệp PDF được đổi tên thành .xlsx. Hãy tải lên bảng tính Excel (.xlsx) của phụ lục.`);
  }
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw badFile(`Tệp "${fileName}" là định dạng Excel 97–2003 (.xls) đã đổi tên. Hãy mở bằng Excel và lưu lại dưới dạng .xlsx.`);
  }
  if (!bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    throw badFile(`Tệp "${fileName}" không phải là bảng tính Excel (có thể là tệp văn bản hoặc tệp khác được đổi tên thành .xlsx).`);
  }
}

/** An uploaded .xlsx checked (assertXlsxBytes) and loaded; a file exceljs cannot read is refused with `unreadable`. */
export async function loadXlsxWorkbook(bytes: Buffer, fileName: string, unreadable = `Không đọc được tệp "${fileName}". Hãy mở bằng Excel và lưu lại dạng .xlsx.`): Promise<ExcelJS.Workbook> {
  assertXlsxBytes(bytes, fileName);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's declared Buffer type predates Node's generic Buffer<ArrayBufferLike>.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw badFile(unreadable);
  }
  return workbook;
}

/** A cell as plain data: number, trimmed text, or null. Formulas give their cached result. */
export function cellData(cell: ExcelJS.Cell): SheetCell {
  if (cell.isMerged && cell.master.address !== cell.address) return null;
  return plain(cell.value);
}

function plain(value: ExcelJS.CellValue | undefined): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return formatDate(value);
  if ('richText' in value) return plain(value.richText.map((r) => r.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    if (result === undefined || result === null) return `=${'formula' in value ? value.formula : value.sharedFormula}`;
    if (typeof result === 'object' && 'error' in result) return String(result.error);
    return plain(result);
  }
  if ('error' in value) return String(value.error);
  if ('text' in value) return plain(value.text);
  return null;
}

interface Columns {
  headerRow: number;
  firstDataRow: number;
  tt: number;
  name: number | null;
  unit: number | null;
  years: { year: number; col: number }[];
  total: number | null;
}

const YEAR = /^(?:năm\s*)?(\d{4})$/;

function findColumns(sheet: ExcelJS.Worksheet): Columns | null {
  const last = Math.min(sheet.rowCount, HEADER_SCAN_ROWS);
  for (let r = 1; r <= last; r++) {
    const row = sheet.getRow(r);
    let tt: number | null = null;
    row.eachCell((cell, col) => {
      const v = cellData(cell);
      if (tt === null && typeof v === 'string' && ['tt', 'stt'].includes(headerKey(v))) tt = col;
    });
    if (tt === null) continue;
    const found: Columns = { headerRow: r, firstDataRow: r + 1, tt, name: null, unit: null, years: [], total: null };
    for (const hr of [r, r + 1]) {
      sheet.getRow(hr).eachCell((cell, col) => {
        const v = cellData(cell);
        const key = typeof v === 'number' ? String(v) : typeof v === 'string' ? headerKey(v) : '';
        if (!key) return;
        const year = YEAR.exec(key);
        if (year) {
          found.years.push({ year: Number(year[1]), col });
          found.firstDataRow = Math.max(found.firstDataRow, hr + 1);
        } else if (key.startsWith('nội dung') && found.name === null) found.name = col;
        else if ((key === 'đvt' || key.startsWith('đơn vị')) && found.unit === null) found.unit = col;
        else if (key.startsWith('tổng') && found.total === null) found.total = col;
      });
    }
    // A row of column numbers "(1) (2) (3) …" under the header is common in official tables.
    const numbering = cellData(sheet.getRow(found.firstDataRow).getCell(tt));
    if (typeof numbering === 'string' && /^\(\d+\)$/.test(numbering)) found.firstDataRow++;
    found.years.sort((a, b) => a.col - b.col);
    return found;
  }
  return null;
}

function missingColumns(c: Columns): string[] {
  const missing: string[] = [];
  if (c.name === null) missing.push(`"${HEADER_TEXT.name}"`);
  if (c.unit === null) missing.push(`"${HEADER_TEXT.unit}"`);
  if (c.years.length === 0) missing.push('"Năm …" (một cột cho mỗi năm)');
  if (c.total === null) missing.push(`"${HEADER_TEXT.total}"`);
  return missing;
}

function checkYears(sheetName: string, years: number[]): void {
  const consecutive = years.every((y, i) => i === 0 || y === years[i - 1]! + 1);
  if (!consecutive) {
    throw badFile(`Trang tính "${sheetName}": các cột năm (${years.join(', ')}) phải là các năm liên tiếp, mỗi năm một cột, theo thứ tự tăng dần.`);
  }
}

/** Loads the workbook and returns the appendix table's rows. Throws VALIDATION in Vietnamese. */
export async function readAppendixWorkbook(bytes: Buffer, fileName: string): Promise<RawAppendixSheet> {
  const workbook = await loadXlsxWorkbook(bytes, fileName, `Tệp "${fileName}" không đọc được như một bảng tính Excel (.xlsx): tệp bị hỏng hoặc là tệp nén khác được đổi tên.`);
  const sheets = workbook.worksheets;
  if (sheets.length === 0) throw badFile(`Tệp "${fileName}" không có trang tính nào: không phải là bảng tính Excel hợp lệ.`);
  // The sheet named like "Phụ lục" first, then the others in workbook order.
  const ordered = [...sheets].sort((a, b) => Number(headerKey(b.name).includes('phụ lục')) - Number(headerKey(a.name).includes('phụ lục')));
  let partial: { sheet: ExcelJS.Worksheet; columns: Columns } | null = null;
  for (const sheet of ordered) {
    const columns = findColumns(sheet);
    if (!columns) continue;
    if (missingColumns(columns).length === 0) return readRows(sheet, columns);
    partial ??= { sheet, columns };
  }
  if (partial) {
    throw badFile(
      `Trang tính "${partial.sheet.name}" thiếu cột ${missingColumns(partial.columns).join(', ')} ở dòng tiêu đề ${partial.columns.headerRow}. ` +
        `Bảng phụ lục cần các cột: TT, ${HEADER_TEXT.name}, ĐVT, Năm … (mỗi năm một cột), ${HEADER_TEXT.total}.`,
    );
  }
  throw badFile(
    `Không tìm thấy bảng phụ lục chỉ tiêu trong tệp "${fileName}". Các trang tính có trong tệp: ${sheets.map((s) => `"${s.name}"`).join(', ')}. ` +
      `Cần một trang có dòng tiêu đề bắt đầu bằng cột "TT", rồi "${HEADER_TEXT.name}", "ĐVT", các cột "Năm …" và "${HEADER_TEXT.total}".`,
  );
}

function readRows(sheet: ExcelJS.Worksheet, c: Columns): RawAppendixSheet {
  const years = c.years.map((y) => y.year);
  checkYears(sheet.name, years);
  const rows: RawAppendixRow[] = [];
  const lastRow = sheet.rowCount;
  if (lastRow - c.firstDataRow + 1 > MAX_DATA_ROWS) {
    throw badFile(`Trang tính "${sheet.name}" có hơn ${MAX_DATA_ROWS} dòng, không giống một phụ lục chỉ tiêu.`);
  }
  for (let r = c.firstDataRow; r <= lastRow; r++) {
    const row = sheet.getRow(r);
    const at = (col: number | null) => (col === null ? null : cellData(row.getCell(col)));
    rows.push({ row: r, tt: at(c.tt), name: at(c.name), unit: at(c.unit), values: c.years.map((y) => at(y.col)), total: at(c.total) });
  }
  return { sheetName: sheet.name, years, rows };
}
